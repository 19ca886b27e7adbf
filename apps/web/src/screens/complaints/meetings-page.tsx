import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import './complaints.css';

/** Today in the agency's zone (not the browser's, not UTC): the period's days are the agency's. */
const todayIn = (timeZone: string) => new Date().toLocaleDateString('sv-SE', { timeZone });

export function AgendaList(props: {
  items: readonly {
    categoryLabel: { zh: string; en: string };
    site: string | null;
    count: number;
    previousCount: number;
    trend: string;
  }[];
}) {
  return (
    <Show when={props.items.length > 0} fallback={<p class="hint">{t('cmp.meetings.agenda_empty')}</p>}>
      <ol class="item-list" data-testid="agenda">
        <For each={props.items}>
          {(i) => (
            <li class="item">
              <div class="item-main">
                <strong>
                  {locale() === 'en' ? i.categoryLabel.en : i.categoryLabel.zh}
                  {i.site ? ` · ${i.site}` : ''}
                </strong>
                <span class="hint">
                  {t('cmp.meetings.count', { count: i.count, previous: i.previousCount })}{' '}
                  {t(`cmp.trend.${i.trend}` as 'cmp.trend.up')}
                </span>
              </div>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}

/** 联席办公会: past meetings, and a new one whose agenda is proposed from the period's complaints. */
export default function MeetingsPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const tz = useTimeZone();
  const today = () => todayIn(tz());
  const monthStart = () => `${today().slice(0, 7)}-01`;
  const meetings = createLoader(() => api.complaints.meetings.list.query());
  const [title, setTitle] = createSignal('');
  const [heldOn, setHeldOn] = createSignal(today());
  const [from, setFrom] = createSignal(monthStart());
  const [to, setTo] = createSignal(today());
  const [attendees, setAttendees] = createSignal('');
  const agenda = createLoader(() => api.complaints.meetings.proposeAgenda.query({ from: from(), to: to() }));
  const create = createAction(async () => {
    const m = await api.complaints.meetings.create.mutate({
      title: title().trim(),
      heldOn: heldOn(),
      periodFrom: from(),
      periodTo: to(),
      attendees: attendees()
        .split(/[,，、\n]/)
        .map((a) => a.trim())
        .filter(Boolean),
    });
    navigate(`/meetings/${m.id}`);
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('cmp.meetings.title')}</h1>
        <p class="lead">{t('cmp.meetings.lead')}</p>
      </header>
      <section class="card">
        <Loaded loader={meetings}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="hint">{t('cmp.meetings.empty')}</p>}>
              <ul class="item-list" data-testid="meeting-list">
                <For each={rows()}>
                  {(m) => (
                    <li class="item">
                      <div class="item-main">
                        <A href={`/meetings/${m.id}`}>
                          <strong>{m.title}</strong>
                        </A>
                        <span class="hint">
                          {m.heldOn} · {t(`cmp.meetings.status.${m.status}` as 'cmp.meetings.status.held')} ·{' '}
                          {t('cmp.meetings.actions_open', { open: m.openActions, total: m.actions })}
                        </span>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
      <Show when={auth.can('meetings.manage')}>
        <section class="card">
          <h2 class="card-title">{t('cmp.meetings.new')}</h2>
          <form
            class="form"
            onSubmit={(e) => {
              e.preventDefault();
              void create.run();
            }}
          >
            <FormAlert message={create.message()} />
            <Field label={t('cmp.meetings.name')} errors={create.fieldErrors('title')}>
              {(ids) => (
                <input
                  id={ids.id}
                  required
                  maxLength={100}
                  value={title()}
                  onInput={(e) => setTitle(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t('cmp.meetings.held_on')}>
              {(ids) => (
                <input
                  id={ids.id}
                  type="date"
                  required
                  value={heldOn()}
                  onInput={(e) => setHeldOn(e.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t('cmp.meetings.period_from')}>
              {(ids) => (
                <input
                  id={ids.id}
                  type="date"
                  required
                  value={from()}
                  onInput={(e) => {
                    setFrom(e.currentTarget.value);
                    void agenda.reload();
                  }}
                />
              )}
            </Field>
            <Field label={t('cmp.meetings.period_to')} errors={create.fieldErrors('periodTo')}>
              {(ids) => (
                <input
                  id={ids.id}
                  type="date"
                  required
                  value={to()}
                  onInput={(e) => {
                    setTo(e.currentTarget.value);
                    void agenda.reload();
                  }}
                />
              )}
            </Field>
            <Field label={t('cmp.meetings.attendees')} hint={t('cmp.meetings.attendees_hint')}>
              {(ids) => (
                <textarea
                  id={ids.id}
                  rows={2}
                  value={attendees()}
                  onInput={(e) => setAttendees(e.currentTarget.value)}
                />
              )}
            </Field>
            <h3>{t('cmp.meetings.proposed_agenda')}</h3>
            <Loaded loader={agenda}>{(items) => <AgendaList items={items()} />}</Loaded>
            <div class="form-actions">
              <button type="submit" class="button button-primary" disabled={create.pending()}>
                {t('cmp.meetings.create')}
              </button>
            </div>
          </form>
        </section>
      </Show>
    </div>
  );
}

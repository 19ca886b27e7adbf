import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { ComplaintFields, draftInput, emptyDraft } from './complaint-fields.tsx';
import { AgendaList } from './meetings-page.tsx';
import { newSubmissionId } from './photos.ts';
import './complaints.css';

type Meeting = Awaited<ReturnType<typeof api.complaints.meetings.get.query>>;

function Minutes(props: { m: Meeting; onDone: () => Promise<void> }) {
  const [minutes, setMinutes] = createSignal(props.m.minutes);
  const [saved, setSaved] = createSignal(false);
  const save = createAction(async (held?: boolean) => {
    await api.complaints.meetings.update.mutate({
      id: props.m.id,
      minutes: minutes(),
      ...(held === undefined ? {} : { held }),
    });
    setSaved(true);
    await props.onDone();
  });
  return (
    <form class="form" onSubmit={(e) => e.preventDefault()}>
      <FormAlert message={save.message()} />
      <FormNotice message={saved() && t('cmp.saved')} />
      <Field label={t('cmp.meetings.minutes')}>
        {(ids) => (
          <textarea
            id={ids.id}
            rows={8}
            value={minutes()}
            data-testid="minutes"
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form-actions">
        <button
          type="button"
          class="button button-primary"
          disabled={save.pending()}
          onClick={() => void save.run()}
        >
          {t('cmp.save')}
        </button>
        <Show when={props.m.status !== 'held'}>
          <button type="button" class="button" disabled={save.pending()} onClick={() => void save.run(true)}>
            {t('cmp.meetings.mark_held')}
          </button>
        </Show>
      </div>
    </form>
  );
}

function AddAction(props: { m: Meeting; onDone: () => Promise<void> }) {
  const people = createLoader(() => api.people.list.query());
  const [title, setTitle] = createSignal('');
  const [owner, setOwner] = createSignal('');
  const [ownerName, setOwnerName] = createSignal('');
  const [due, setDue] = createSignal('');
  const add = createAction(async () => {
    await api.complaints.meetings.addAction.mutate({
      meetingId: props.m.id,
      title: title().trim(),
      ownerUserId: owner() || null,
      ownerName: ownerName().trim(),
      dueOn: due(),
    });
    setTitle('');
    setDue('');
    await props.onDone();
  });
  return (
    <form
      class="form"
      onSubmit={(e) => {
        e.preventDefault();
        void add.run();
      }}
    >
      <h3>{t('cmp.meetings.add_action')}</h3>
      <FormAlert message={add.message()} />
      <Field label={t('cmp.meetings.decision')} errors={add.fieldErrors('title')}>
        {(ids) => (
          <input
            id={ids.id}
            required
            maxLength={300}
            value={title()}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('cmp.meetings.owner')}>
        {(ids) => (
          <select id={ids.id} value={owner()} onChange={(e) => setOwner(e.currentTarget.value)}>
            <option value="">—</option>
            <For
              each={
                (people.data() as { userId?: string; id?: string; displayName: string }[] | undefined) ?? []
              }
            >
              {(p) => <option value={p.userId ?? p.id ?? ''}>{p.displayName}</option>}
            </For>
          </select>
        )}
      </Field>
      <Field
        label={t('cmp.meetings.owner_name')}
        hint={t('cmp.meetings.owner_name_hint')}
        errors={add.fieldErrors('ownerName')}
      >
        {(ids) => (
          <input
            id={ids.id}
            maxLength={60}
            value={ownerName()}
            onInput={(e) => setOwnerName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field label={t('cmp.meetings.due')} errors={add.fieldErrors('dueOn')}>
        {(ids) => (
          <input
            id={ids.id}
            type="date"
            required
            value={due()}
            onInput={(e) => setDue(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="form-actions">
        <button type="submit" class="button" disabled={add.pending()}>
          {t('cmp.meetings.add_action')}
        </button>
      </div>
    </form>
  );
}

function RaiseItem(props: { m: Meeting; onDone: () => Promise<void> }) {
  const options = createLoader(() => api.complaints.intakeOptions.query());
  const [draft, setDraft] = createSignal(emptyDraft());
  const [submissionId, setSubmissionId] = createSignal(newSubmissionId());
  const raise = createAction(async () => {
    await api.complaints.meetings.raise.mutate({
      meetingId: props.m.id,
      submissionId: submissionId(),
      ...draftInput(draft()),
    });
    setDraft(emptyDraft());
    setSubmissionId(newSubmissionId());
    await props.onDone();
  });
  return (
    <Loaded loader={options}>
      {(o) => (
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            void raise.run();
          }}
        >
          <h3>{t('cmp.meetings.raise')}</h3>
          <FormAlert message={raise.message()} />
          <ComplaintFields options={o()} draft={draft()} onChange={setDraft} action={raise} />
          <div class="form-actions">
            <button type="submit" class="button" disabled={raise.pending()}>
              {t('cmp.meetings.raise_submit')}
            </button>
          </div>
        </form>
      )}
    </Loaded>
  );
}

/** One joint meeting: its agenda, attendees, minutes, decisions as actions, and complaints raised there. */
export default function MeetingDetailPage() {
  const params = useParams<{ id: string }>();
  const auth = useAuth();
  const meeting = createLoader(() => api.complaints.meetings.get.query({ id: params.id }));
  const setStatus = createAction(async (id: string, status: 'open' | 'done' | 'cancelled') => {
    await api.complaints.meetings.setActionStatus.mutate({ id, status, note: '' });
    await meeting.reload();
  });
  const manage = () => auth.can('meetings.manage');
  return (
    <div class="page">
      <A href="/meetings">{t('cmp.meetings.back')}</A>
      <Loaded loader={meeting}>
        {(m) => (
          <>
            <header class="page-header">
              <h1>{m().title}</h1>
              <p class="lead">
                {m().heldOn} · {t('cmp.meetings.period', { from: m().periodFrom, to: m().periodTo })} ·{' '}
                {t(`cmp.meetings.status.${m().status}` as 'cmp.meetings.status.held')}
              </p>
              <Show when={m().attendees.length > 0}>
                <p class="hint">
                  {t('cmp.meetings.attendees')}: {m().attendees.join('、')}
                </p>
              </Show>
            </header>
            <section class="card">
              <h2 class="card-title">{t('cmp.meetings.agenda')}</h2>
              <AgendaList items={m().agenda} />
            </section>
            <section class="card">
              <h2 class="card-title">{t('cmp.meetings.minutes')}</h2>
              <Show
                when={manage()}
                fallback={<p style={{ 'white-space': 'pre-wrap' }}>{m().minutes || '—'}</p>}
              >
                <Minutes m={m()} onDone={() => meeting.reload()} />
              </Show>
            </section>
            <section class="card">
              <h2 class="card-title">{t('cmp.meetings.actions')}</h2>
              <FormAlert message={setStatus.message()} />
              <Show
                when={m().actions.length > 0}
                fallback={<p class="hint">{t('cmp.meetings.no_actions')}</p>}
              >
                <ul class="item-list" data-testid="actions">
                  <For each={m().actions}>
                    {(a) => (
                      <li class="item">
                        <div class="item-main">
                          <strong>{a.title}</strong>
                          <span class="hint">
                            {a.owner || '—'} · {t('cmp.meetings.due_on', { date: a.dueOn })}
                          </span>
                          <span class="badges">
                            <span class="badge badge-info">
                              {t(`cmp.action_status.${a.status}` as 'cmp.action_status.open')}
                            </span>
                            <Show when={a.overdue}>
                              <span class="badge badge-danger">{t('cmp.overdue')}</span>
                            </Show>
                          </span>
                        </div>
                        <Show when={manage() && a.status === 'open'}>
                          <div class="item-actions">
                            <button
                              type="button"
                              class="button button-small"
                              onClick={() => void setStatus.run(a.id, 'done')}
                            >
                              {t('cmp.meetings.mark_done')}
                            </button>
                            <button
                              type="button"
                              class="button button-small"
                              onClick={() => void setStatus.run(a.id, 'cancelled')}
                            >
                              {t('cmp.meetings.cancel_action')}
                            </button>
                          </div>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={manage()}>
                <AddAction m={m()} onDone={() => meeting.reload()} />
              </Show>
            </section>
            <section class="card">
              <h2 class="card-title">{t('cmp.meetings.raised')}</h2>
              <Show
                when={m().raised.length > 0}
                fallback={<p class="hint">{t('cmp.meetings.none_raised')}</p>}
              >
                <ul class="item-list">
                  <For each={m().raised}>
                    {(r) => (
                      <li class="item">
                        <A href={`/complaints/${r.id}`}>
                          {r.trackingCode} · {r.summary}
                        </A>{' '}
                        <span class="badge badge-info">
                          {t(`cmp.status.${r.status}` as 'cmp.status.received')}
                        </span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={manage()}>
                <RaiseItem m={m()} onDone={() => meeting.reload()} />
              </Show>
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}

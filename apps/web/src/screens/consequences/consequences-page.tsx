import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';

type Proposal = Awaited<ReturnType<typeof api.consequences.list.query>>[number];

/** A leader's desk: exit-warning proposals with the facts behind them, approved or rejected with a note (R22). */
export default function ConsequencesPage() {
  const [all, setAll] = createSignal(false);
  const list = createLoader(() => api.consequences.list.query(all() ? {} : { status: 'proposed' }));
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('cons.title')}</h1>
        <p class="lead">{t('cons.lead')}</p>
      </header>
      <section class="card">
        <label class="checkbox">
          <input
            type="checkbox"
            checked={all()}
            onChange={(e) => {
              setAll(e.currentTarget.checked);
              void list.reload();
            }}
          />
          {t('cons.show_all')}
        </label>
        <Loaded loader={list}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="hint">{t('cons.empty')}</p>}>
              <ul class="item-list" data-testid="proposals">
                <For each={rows()}>
                  {(p) => <ProposalItem proposal={p} onDecided={() => list.reload()} />}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
    </div>
  );
}

function ProposalItem(props: { proposal: Proposal; onDecided: () => Promise<void> }) {
  const auth = useAuth();
  const tz = useTimeZone();
  const [note, setNote] = createSignal('');
  const decide = createAction(async (decision: 'approved' | 'rejected') => {
    await api.consequences.decide.mutate({ id: props.proposal.id, decision, note: note().trim() });
    await props.onDecided();
  });
  const p = () => props.proposal;
  const when = (v: string | Date | null) => (v ? formatDateTime(v, locale(), tz()) : '');
  return (
    <li class="item" data-testid="proposal" data-status={p().status}>
      <div class="item-main">
        <strong>
          {t(`cons.kind.${p().kind}` as 'cons.kind.exit_warning')} · {p().contractCode} · {p().vendorName}
        </strong>
        <span class="badges">
          <span class="badge badge-warn">{t(`cons.status.${p().status}` as 'cons.status.proposed')}</span>
        </span>
        <span class="hint">
          {t('cons.proposed_by', { time: when(p().proposedAt), name: p().proposedByName ?? '' })}
        </span>
        <span class="hint">{t('cons.facts')}:</span>
        <ul>
          <For each={p().facts}>
            {(fact) => (
              <li>
                {t(`cons.fact.${fact.type}` as 'cons.fact.rectification')}{' '}
                <Show
                  when={fact.type === 'rectification'}
                  fallback={<span class="hash">{fact.id.slice(0, 8)}</span>}
                >
                  <A href={`/rectifications/${fact.id}`}>{fact.id.slice(0, 8)}</A>
                </Show>
                <Show when={fact.note}> — {fact.note}</Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={p().decidedAt}>
          <span class="hint">
            {t('cons.decided_by', {
              time: when(p().decidedAt),
              name: p().decidedByName ?? '',
              note: p().decisionNote ?? '',
            })}
          </span>
        </Show>
      </div>
      <Show when={p().status === 'proposed' && auth.can('consequences.decide')}>
        <form class="form" onSubmit={(e) => e.preventDefault()}>
          <FormAlert message={decide.message()} />
          <Field label={t('cons.note')} errors={decide.fieldErrors('note')}>
            {(ids) => (
              <textarea
                id={ids.id}
                rows={2}
                required
                maxLength={2000}
                aria-describedby={ids.describedBy}
                value={note()}
                onInput={(e) => setNote(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="form-actions">
            <button
              type="button"
              class="button button-primary"
              disabled={decide.pending() || !note().trim()}
              onClick={() => void decide.run('approved')}
            >
              {t('cons.approve')}
            </button>
            <button
              type="button"
              class="button"
              disabled={decide.pending() || !note().trim()}
              onClick={() => void decide.run('rejected')}
            >
              {t('cons.reject')}
            </button>
          </div>
        </form>
      </Show>
    </li>
  );
}

import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { createAction } from '../../lib/action.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { Field, FormAlert } from '../../shell/form.tsx';
import { type AppealEvidence, AppealView } from './appeal-view.tsx';
import { yuan } from './money.ts';

export type Proposal = Awaited<ReturnType<typeof api.consequenceEngine.list.query>>[number];

const k = (key: string) => key as MessageKey;

/** One consequence with its facts and decision steps; the decide form for whoever may still decide it. */
export function ProposalItem(props: {
  proposal: Proposal;
  canDecide: boolean;
  onChanged: () => Promise<void>;
}) {
  const tz = useTimeZone();
  const [note, setNote] = createSignal('');
  const p = () => props.proposal;
  const decide = createAction(async (decision: 'approved' | 'rejected') => {
    await api.consequenceEngine.decide.mutate({ id: p().id, decision, note: note().trim() });
    setNote('');
    await props.onChanged();
  });
  const resolve = createAction(async (outcome: 'upheld' | 'dismissed') => {
    await api.consequenceEngine.resolveAppeal.mutate({
      appealId: p().appeal!.id,
      outcome,
      note: note().trim(),
    });
    setNote('');
    await props.onChanged();
  });
  const open = () => p().status === 'proposed' || p().status === 'endorsed';
  const when = (v: string | Date | null) => (v ? formatDateTime(v, locale(), tz()) : '');
  return (
    <li class="item" data-testid="outcome" data-kind={p().kind} data-status={p().status}>
      <div class="item-main">
        <strong>
          {t(k(`out.kind.${p().kind}`))} · {p().contractCode} · {p().vendorName}
        </strong>
        <span class="badges">
          <span class="badge badge-warn">{t(k(`out.status.${p().status}`))}</span>
          <Show when={p().approvalsRequired > 1 && open()}>
            <span class="badge">
              {t('out.approvals', { n: p().approvals, required: p().approvalsRequired })}
            </span>
          </Show>
          <Show when={p().appeal}>
            {(a) => <span class="badge">{t(k(`out.appeal.status.${a().status}`))}</span>}
          </Show>
        </span>
        <span>{p().text}</span>
        <Show when={p().kind === 'retender' || p().kind === 'exit'}>
          <A href={`/contracts/${p().contractId}#tenders`}>{t('tender.from_flag')}</A>
        </Show>
        <Show when={p().amountFen}>
          <span class="hint">{t('out.amount', { amount: yuan(p().amountFen) })}</span>
        </Show>
        <span class="hint">
          {p().proposedByName
            ? t('out.proposed_by', { time: when(p().proposedAt), name: p().proposedByName ?? '' })
            : t('out.proposed_by_system', { time: when(p().proposedAt) })}
        </span>
        <span class="hint">{t('out.facts')}:</span>
        <ul>
          <For each={p().facts}>
            {(f) => (
              <li>
                {t(k(`out.fact.${f.type}`))}{' '}
                <Show
                  when={f.type === 'rectification' || f.type === 'rectification_notice'}
                  fallback={<span class="hash">{f.id.slice(0, 12)}</span>}
                >
                  <A href={`/rectifications/${f.id}`}>{f.id.slice(0, 12)}</A>
                </Show>
                <Show when={(f as { period?: string }).period}> · {(f as { period?: string }).period}</Show>
                <Show when={f.note}> — {f.note}</Show>
              </li>
            )}
          </For>
        </ul>
        <For each={p().steps}>
          {(s) => (
            <span class="hint">
              {t(k(`out.step.${s.step}`))} · {s.name} · {when(s.decidedAt)} · {s.note}
            </span>
          )}
        </For>
        <Show when={p().appealUntil}>
          <span class="hint">{t('out.appeal_until', { date: p().appealUntil! })}</span>
        </Show>
        <Show when={p().steps.length === 0 && p().decidedAt}>
          <span class="hint">
            {t('out.decided_by', {
              time: when(p().decidedAt),
              name: p().decidedByName ?? '',
              note: p().decisionNote ?? '',
            })}
          </span>
        </Show>
        <Show when={p().appeal}>
          {(a) => (
            <AppealView
              consequenceId={p().id}
              appeal={{ ...a(), evidence: a().evidence as AppealEvidence[] }}
            />
          )}
        </Show>
      </div>
      <Show when={props.canDecide && ((open() && !p().iDecided) || p().appeal?.status === 'open')}>
        <form class="form" onSubmit={(e) => e.preventDefault()}>
          <FormAlert message={decide.message() ?? resolve.message()} />
          <Field label={t('out.note')} errors={decide.fieldErrors('note')}>
            {(ids) => (
              <textarea
                id={ids.id}
                rows={2}
                maxLength={2000}
                aria-describedby={ids.describedBy}
                value={note()}
                onInput={(e) => setNote(e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="form-actions">
            <Show
              when={p().appeal?.status === 'open'}
              fallback={
                <>
                  <button
                    type="button"
                    class="button button-primary"
                    disabled={decide.pending() || !note().trim()}
                    onClick={() => void decide.run('approved')}
                  >
                    {p().approvals > 0 ? t('out.countersign') : t('out.approve')}
                  </button>
                  <button
                    type="button"
                    class="button"
                    disabled={decide.pending() || !note().trim()}
                    onClick={() => void decide.run('rejected')}
                  >
                    {t('out.reject')}
                  </button>
                </>
              }
            >
              <button
                type="button"
                class="button button-primary"
                disabled={resolve.pending() || !note().trim()}
                onClick={() => void resolve.run('upheld')}
              >
                {t('out.appeal.uphold')}
              </button>
              <button
                type="button"
                class="button"
                disabled={resolve.pending() || !note().trim()}
                onClick={() => void resolve.run('dismissed')}
              >
                {t('out.appeal.dismiss')}
              </button>
            </Show>
          </div>
        </form>
      </Show>
    </li>
  );
}

export function WarningList(props: {
  warnings: { id: string; contractCode: string; vendorName: string; text: string }[];
}) {
  return (
    <Show when={props.warnings.length > 0} fallback={<p class="hint">{t('out.no_warnings')}</p>}>
      <ul class="item-list" data-testid="warnings">
        <For each={props.warnings}>
          {(w) => (
            <li class="item" data-testid="warning">
              <div class="item-main">
                <strong>
                  {w.contractCode} · {w.vendorName}
                </strong>
                <span>{w.text}</span>
              </div>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

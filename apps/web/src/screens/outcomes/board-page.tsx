import { A } from '@solidjs/router';
import { createEffect, createSignal, For, on, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';
import { refreshAwaiting } from './awaiting.tsx';
import { BoardFilters, useBoardQuery } from './board-filters.tsx';
import { ProposalItem, WarningList } from './proposal-item.tsx';

/**
 * The one place where supervisors and leaders see every consequence — the engine's rewards, deductions,
 * terminations and re-tenders and the exit warnings after failed rectifications — with the facts behind
 * each, filtered by status, kind, contract and vendor; leaders decide them (two people for money and
 * terminations) and resolve appeals here. Early warnings show what is coming.
 */
export default function BoardPage() {
  const auth = useAuth();
  const board = useBoardQuery();
  const list = createLoader(() => api.consequenceEngine.list.query(board.query()));
  createEffect(
    on(
      () => JSON.stringify(board.query()),
      () => void list.reload(),
      { defer: true },
    ),
  );
  const warnings = createLoader(() => api.consequenceEngine.warnings.query());
  const changed = async () => {
    refreshAwaiting();
    await list.reload();
  };
  const [done, setDone] = createSignal<string | null>(null);
  const evaluate = createAction(async () => {
    const r = await api.consequenceEngine.evaluate.mutate({});
    setDone(t('out.evaluated', { contracts: r.contracts, proposed: r.proposed, warnings: r.warnings }));
    refreshAwaiting();
    await Promise.all([list.reload(), warnings.reload()]);
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('out.title')}</h1>
        <p class="lead">{t('out.lead')}</p>
        <div class="form-actions">
          <Show when={auth.can('consequences.evaluate')}>
            <button
              type="button"
              class="button button-primary"
              disabled={evaluate.pending()}
              onClick={() => void evaluate.run()}
            >
              {t('out.evaluate')}
            </button>
          </Show>
          <A class="button" href="/outcomes/rules">
            {t('out.rules')}
          </A>
          <Show when={auth.can('deposits.read')}>
            <A class="button" href="/outcomes/ledger">
              {t('out.ledger')}
            </A>
          </Show>
        </div>
        <FormAlert message={evaluate.message()} />
        <Show when={done()}>
          <p class="hint" role="status">
            {done()}
          </p>
        </Show>
      </header>
      <section class="card">
        <h2>{t('out.warnings')}</h2>
        <Loaded loader={warnings}>{(rows) => <WarningList warnings={rows()} />}</Loaded>
      </section>
      <section class="card">
        <h2>{t('out.proposals')}</h2>
        <BoardFilters board={board} />
        <Loaded loader={list}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="hint">{t('out.empty')}</p>}>
              <ul class="item-list" data-testid="outcomes">
                <For each={rows()}>
                  {(p) => (
                    <ProposalItem
                      proposal={p}
                      canDecide={auth.can('consequences.decide') && p.proposedBy !== auth.me()?.userId}
                      onChanged={changed}
                    />
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
    </div>
  );
}

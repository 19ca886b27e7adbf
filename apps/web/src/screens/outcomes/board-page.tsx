import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import '../rectifications/rectifications.css';
import { ProposalItem, WarningList } from './proposal-item.tsx';

/** Supervisors and leaders: early warnings, proposals with their facts, two-person decisions, appeals. */
export default function BoardPage() {
  const auth = useAuth();
  const [all, setAll] = createSignal(false);
  const list = createLoader(async () => {
    const rows = await api.consequenceEngine.list.query({});
    return all()
      ? rows
      : rows.filter((r) => r.status === 'proposed' || r.status === 'endorsed' || r.appeal?.status === 'open');
  });
  const warnings = createLoader(() => api.consequenceEngine.warnings.query());
  const [done, setDone] = createSignal<string | null>(null);
  const evaluate = createAction(async () => {
    const r = await api.consequenceEngine.evaluate.mutate({});
    setDone(t('out.evaluated', { contracts: r.contracts, proposed: r.proposed, warnings: r.warnings }));
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
        <div class="form-actions">
          <For each={[false, true]}>
            {(value) => (
              <label class="checkbox">
                <input
                  type="radio"
                  name="filter"
                  checked={all() === value}
                  onChange={() => {
                    setAll(value);
                    void list.reload();
                  }}
                />
                {value ? t('out.filter.all') : t('out.filter.open')}
              </label>
            )}
          </For>
        </div>
        <Loaded loader={list}>
          {(rows) => (
            <Show when={rows().length > 0} fallback={<p class="hint">{t('out.empty')}</p>}>
              <ul class="item-list" data-testid="outcomes">
                <For each={rows()}>
                  {(p) => (
                    <ProposalItem
                      proposal={p}
                      canDecide={auth.can('consequences.decide')}
                      onChanged={() => list.reload()}
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

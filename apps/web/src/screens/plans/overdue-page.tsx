import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { PlanCard } from './plan-card.tsx';
import { applyFilters, type Filters, noFilters, PlanFilters } from './plan-filters.tsx';
import { PlanManage } from './plan-manage.tsx';
import './plans.css';

/** Overdue and missed plans of the agency, newest due first, filtered by line, contract and inspector. */
export default function OverduePage() {
  const auth = useAuth();
  const overdue = createLoader(() => api.plans.overdue.query());
  const assignees = createLoader(() => api.plans.assignees.query());
  const [filters, setFilters] = createSignal<Filters>(noFilters);
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('plans.overdue.title')}</h1>
        <p class="lead">{t('plans.overdue.lead')}</p>
      </header>
      <section class="card" aria-label={t('plans.overdue.title')}>
        <Loaded loader={overdue}>
          {(data) => {
            const shown = () => applyFilters(data().plans, filters());
            return (
              <>
                <PlanFilters
                  plans={data().plans}
                  assignees={assignees.data() ?? []}
                  value={filters()}
                  onChange={setFilters}
                  statuses={false}
                />
                <p class="hint">{t('plans.list.count', { count: shown().length })}</p>
                <Show when={shown().length > 0} fallback={<p class="hint">{t('plans.overdue.empty')}</p>}>
                  <ul class="item-list" data-testid="overdue-list">
                    <For each={shown()}>
                      {(plan) => (
                        <PlanCard plan={plan}>
                          <Show when={auth.can('plans.manage')}>
                            <PlanManage
                              plan={plan}
                              assignees={assignees.data() ?? []}
                              onChanged={overdue.reload}
                            />
                          </Show>
                        </PlanCard>
                      )}
                    </For>
                  </ul>
                </Show>
              </>
            );
          }}
        </Loaded>
      </section>
    </div>
  );
}

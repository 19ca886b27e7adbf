import { createMemo, createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { useTimeZone } from '../../lib/time-zone.ts';
import { api } from '../../lib/trpc.ts';
import { FormAlert, FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { rangeOf, shift, todayIn } from './dates.ts';
import { PlanCard } from './plan-card.tsx';
import { applyFilters, type Filters, noFilters, PlanFilters } from './plan-filters.tsx';
import { PlanManage } from './plan-manage.tsx';
import type { Plan } from './plans-api.ts';
import './plans.css';

/** The week or month of plans, by day, with filters; managers regenerate, reassign and cancel here. */
export default function PlansPage() {
  const auth = useAuth();
  const timeZone = useTimeZone();
  const [view, setView] = createSignal<'week' | 'month'>('week');
  const [anchor, setAnchor] = createSignal(todayIn(timeZone()));
  const [filters, setFilters] = createSignal<Filters>(noFilters);
  const range = () => rangeOf(view(), anchor());
  const plans = createLoader(() => api.plans.list.query(range()));
  const assignees = createLoader(() => api.plans.assignees.query());
  const go = (next: () => void) => {
    next();
    void plans.reload();
  };
  const [notice, setNotice] = createSignal<string | null>(null);
  const regenerate = createAction(async () => {
    setNotice(null);
    const r = await api.plans.regenerate.mutate();
    setNotice(
      t('plans.regenerated', {
        inserted: r.inserted,
        withdrawn: r.withdrawn,
        done: r.done,
        missed: r.missed,
      }),
    );
    await plans.reload();
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('plans.list.title')}</h1>
        <p class="lead">{t('plans.list.lead')}</p>
      </header>
      <section class="card" aria-label={t('plans.list.title')}>
        <div class="plan-toolbar">
          <button
            type="button"
            class="button button-small"
            aria-pressed={view() === 'week'}
            onClick={() => go(() => setView('week'))}
          >
            {t('plans.view.week')}
          </button>
          <button
            type="button"
            class="button button-small"
            aria-pressed={view() === 'month'}
            onClick={() => go(() => setView('month'))}
          >
            {t('plans.view.month')}
          </button>
          <button
            type="button"
            class="button button-small"
            onClick={() => go(() => setAnchor(shift(view(), anchor(), -1)))}
          >
            {t('plans.view.previous')}
          </button>
          <button
            type="button"
            class="button button-small"
            onClick={() => go(() => setAnchor(todayIn(timeZone())))}
          >
            {t('plans.view.current')}
          </button>
          <button
            type="button"
            class="button button-small"
            onClick={() => go(() => setAnchor(shift(view(), anchor(), 1)))}
          >
            {t('plans.view.next')}
          </button>
          <strong data-testid="plan-range">{t('plans.window', range())}</strong>
          <Show when={auth.can('plans.manage')}>
            <button
              type="button"
              class="button button-primary button-small"
              disabled={regenerate.pending()}
              onClick={() => void regenerate.run()}
              data-testid="plan-regenerate"
            >
              {t('plans.regenerate')}
            </button>
          </Show>
        </div>
        <FormNotice message={notice()} />
        <FormAlert message={regenerate.message()} />
        <Loaded loader={plans}>
          {(data) => {
            const shown = () => applyFilters(data().plans, filters());
            // Days and cards are keyed by strings (the day, the plan's id), not by the loaded objects: a
            // reload brings new objects for the same plans, and <For> would rebuild every card, losing a
            // reassign or cancel form that is open while the list refreshes.
            const days = createMemo(() => byDay(shown()));
            const dayKeys = createMemo(() => [...days().keys()], undefined, { equals: sameStrings });
            const idsOn = (day: string) =>
              createMemo(() => (days().get(day) ?? []).map((p) => p.id), undefined, { equals: sameStrings });
            const planById = createMemo(() => new Map(shown().map((p) => [p.id, p])));
            return (
              <>
                <PlanFilters
                  plans={data().plans}
                  assignees={assignees.data() ?? []}
                  value={filters()}
                  onChange={setFilters}
                />
                <p class="hint">{t('plans.list.count', { count: shown().length })}</p>
                <Show when={shown().length > 0} fallback={<p class="hint">{t('plans.list.empty')}</p>}>
                  <For each={dayKeys()}>
                    {(day) => {
                      const ids = idsOn(day);
                      return (
                        <>
                          <p class="plan-day">{day}</p>
                          <ul class="item-list" data-testid="plan-list">
                            <For each={ids()}>
                              {(id) => (
                                <Show when={planById().get(id)}>
                                  {(plan) => (
                                    <PlanCard plan={plan()}>
                                      <Show when={auth.can('plans.manage')}>
                                        <PlanManage
                                          plan={plan()}
                                          assignees={assignees.data() ?? []}
                                          onChanged={plans.reload}
                                        />
                                      </Show>
                                    </PlanCard>
                                  )}
                                </Show>
                              )}
                            </For>
                          </ul>
                        </>
                      );
                    }}
                  </For>
                </Show>
              </>
            );
          }}
        </Loaded>
      </section>
    </div>
  );
}

/** Plans under the day they open, in order. */
function byDay(plans: readonly Plan[]): Map<string, Plan[]> {
  const days = new Map<string, Plan[]>();
  for (const p of [...plans].sort((a, b) => a.periodStart.localeCompare(b.periodStart))) {
    const list = days.get(p.periodStart);
    if (list) list.push(p);
    else days.set(p.periodStart, [p]);
  }
  return days;
}

const sameStrings = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

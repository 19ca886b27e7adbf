import { For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { PlanCard } from './plan-card.tsx';
import { groupForToday, type Plan } from './plans-api.ts';

/** My inspections today, grouped: due today, open or due soon, overdue. */
export function TodayList(props: { today: string; plans: readonly Plan[]; limit?: number }) {
  const groups = () => {
    const g = groupForToday(props.plans, props.today);
    const cut = (list: Plan[]) => (props.limit ? list.slice(0, props.limit) : list);
    return [
      { key: 'plans.group.today', list: cut(g.dueToday), id: 'today' },
      { key: 'plans.group.open', list: cut(g.open), id: 'open' },
      { key: 'plans.group.overdue', list: cut(g.overdue), id: 'overdue' },
    ] as const;
  };
  return (
    <Show when={props.plans.length > 0} fallback={<p class="hint">{t('plans.today.empty')}</p>}>
      <For each={groups()}>
        {(group) => (
          <Show when={group.list.length > 0}>
            <h3 class="plan-group-title">
              {t(group.key as MessageKey)} <span class="hint-inline">{group.list.length}</span>
            </h3>
            <ul class="item-list" data-testid={`today-${group.id}`}>
              <For each={group.list}>{(plan) => <PlanCard plan={plan} />}</For>
            </ul>
          </Show>
        )}
      </For>
    </Show>
  );
}

import { For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { PlanCard } from './plan-card.tsx';
import './plans.css';

/** The vendor's own self-inspection plans (自查); spot checks are never sent here. */
export default function SelfPlansPage() {
  const plans = createLoader(() => api.plans.selfInspections.query());
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('plans.self.title')}</h1>
        <p class="lead">{t('plans.self.lead')}</p>
      </header>
      <section class="card" aria-label={t('plans.self.title')}>
        <Loaded loader={plans}>
          {(data) => (
            <Show when={data().plans.length > 0} fallback={<p class="hint">{t('plans.self.empty')}</p>}>
              <ul class="item-list" data-testid="self-plan-list">
                <For each={data().plans}>{(plan) => <PlanCard plan={plan} />}</For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
    </div>
  );
}

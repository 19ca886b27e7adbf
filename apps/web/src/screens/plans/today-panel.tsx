import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { TodayList } from './today-list.tsx';
import './plans.css';

/** The home screen's first card for anyone who inspects: today's work at a glance, on the phone. */
export function TodayPanel() {
  const auth = useAuth();
  return (
    <Show when={auth.activeTenant() && auth.can('inspections.record') && auth.can('plans.read')}>
      <TodayCard />
    </Show>
  );
}

function TodayCard() {
  const today = createLoader(() => api.plans.today.query());
  return (
    <section class="card" aria-labelledby="today-title" data-testid="today-panel">
      <h2 id="today-title" class="card-title">
        {t('plans.today.title')}
      </h2>
      <Loaded loader={today}>
        {(data) => <TodayList today={data().today} plans={data().plans} limit={5} />}
      </Loaded>
      <div class="card-actions">
        <A class="button" href="/today">
          {t('plans.today.more')}
        </A>
      </div>
    </section>
  );
}

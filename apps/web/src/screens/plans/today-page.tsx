import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { TodayList } from './today-list.tsx';
import './plans.css';

/** 我的今日检查: the supervisor's phone home — what is due today, due soon, and overdue. */
export default function TodayPage() {
  const today = createLoader(() => api.plans.today.query());
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('plans.today.title')}</h1>
        <Loaded loader={today}>
          {(data) => <p class="lead">{t('plans.today.lead', { date: data().today })}</p>}
        </Loaded>
      </header>
      <section class="card" aria-label={t('plans.today.title')}>
        <Loaded loader={today}>{(data) => <TodayList today={data().today} plans={data().plans} />}</Loaded>
      </section>
    </div>
  );
}

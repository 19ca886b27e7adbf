import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { ScoreChart } from './score-chart.tsx';
import '../rectifications/rectifications.css';

/** Contract page section: the last 12 months' composite, with gaps for months without data. */
export function ScoreTrendSection(props: { contractId: string }) {
  const trend = createLoader(() => api.scores.trend.query({ contractId: props.contractId, months: 12 }));
  return (
    <section class="card" aria-labelledby="score-trend-title" data-testid="score-trend">
      <h2 id="score-trend-title" class="card-title">
        {t('score.trend_title')}
      </h2>
      <Loaded loader={trend}>
        {(months) => (
          <ScoreChart
            points={months().map((m) => ({
              month: m.month,
              score: m.composite.status === 'scored' ? m.composite.score : null,
            }))}
          />
        )}
      </Loaded>
      <p class="hint">{t('score.trend_gap')}</p>
    </section>
  );
}

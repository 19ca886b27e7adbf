import { A, useParams, useSearchParams } from '@solidjs/router';
import { t } from '../../i18n/locale.ts';
import { BonusSection } from '../contracts/bonus-section.tsx';
import { ScoreLineageSection } from '../contracts/score-lineage-section.tsx';
import { ScoreTrendSection } from '../contracts/score-trend-section.tsx';

/** One contract's score: the trend, the month's lineage drill-down and its bonuses (the contract page's sections). */
export default function ContractScorePage() {
  const params = useParams();
  const [search] = useSearchParams();
  const month =
    typeof search.month === 'string' && /^\d{4}-\d{2}$/.test(search.month) ? search.month : undefined;
  return (
    <div class="page">
      <header class="page-header">
        <p>
          <A href="/scores">← {t('score.title')}</A>
        </p>
        <h1>{t('score.title')}</h1>
      </header>
      <ScoreTrendSection contractId={params.contractId!} />
      <ScoreLineageSection contractId={params.contractId!} {...(month ? { month } : {})} />
      <BonusSection contractId={params.contractId!} />
    </div>
  );
}

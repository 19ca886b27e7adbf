import { Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { BonusSection } from './bonus-section.tsx';
import { ScoreLineageSection } from './score-lineage-section.tsx';
import { ScoreTrendSection } from './score-trend-section.tsx';

/** The contract page's score sections: the 12-month trend, the month's lineage drill-down, bonuses. */
export default function ContractScoreSections(props: { contract: { id: string } }) {
  const auth = useAuth();
  return (
    <>
      <ScoreTrendSection contractId={props.contract.id} />
      <ScoreLineageSection contractId={props.contract.id} />
      <Show when={auth.can('scores.bonus') || auth.can('scores.approve') || auth.can('scores.read')}>
        <BonusSection contractId={props.contract.id} />
      </Show>
    </>
  );
}

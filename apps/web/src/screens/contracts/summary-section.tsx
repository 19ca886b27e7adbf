import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { locale, t } from '../../i18n/locale.ts';
import { bpToPercentText, formatFen, ppmToPercentText } from './amounts.ts';
import { LEVELS } from './contract-api.ts';
import { lineNames } from './contract-labels.ts';
import type { ContractSectionProps } from './contract-sections.ts';

/** The contract's terms: vendor, general contractor, lines, sites, term, price, deposit, target, weights. */
export function ContractSummarySection(props: ContractSectionProps) {
  const c = () => props.contract;
  const fact = (label: string, value: () => string | undefined | null, testId?: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value() || '—'}</dd>
    </div>
  );
  return (
    <section class="card" aria-labelledby="contract-summary-title" data-section="summary">
      <h2 id="contract-summary-title" class="card-title">
        {t('contracts.summary')}
      </h2>
      <dl class="facts">
        <div>
          <dt>{t('contracts.vendorId')}</dt>
          <dd>
            <A href={`/vendors/${c().vendorId}`}>{c().vendorName}</A>
          </dd>
        </div>
        <Show when={c().generalContractorId}>
          <div>
            <dt>{t('contracts.generalContractorId')}</dt>
            <dd>
              <A href={`/vendors/${c().generalContractorId}`}>{c().generalContractorName}</A>
            </dd>
          </div>
        </Show>
        {fact(t('contracts.serviceLineIds'), () => lineNames(props.options, c().serviceLineIds))}
        {fact(t('contracts.siteIds'), () =>
          c()
            .sites.map((s) => s.name)
            .join('、'),
        )}
        {fact(t('contracts.term'), () => `${c().startsOn} – ${c().endsOn}`)}
        {fact(t('contracts.priceFen'), () => formatFen(c().priceFen, locale()), 'contract-price')}
        {fact(
          t('contracts.deposit'),
          () =>
            c().deposit.kind === 'percent'
              ? `${formatFen(c().depositFen, locale())}（${bpToPercentText((c().deposit as { basisPoints: number }).basisPoints)}%）`
              : formatFen(c().depositFen, locale()),
          'contract-deposit',
        )}
        {fact(t('contracts.satisfactionTargetBp'), () => `${bpToPercentText(c().satisfactionTargetBp)}%`)}
      </dl>
      <h3 class="subsection-title">
        {t('weights.title')}{' '}
        <span class="hint-inline">
          {c().weights ? t('weights.from_contract') : t('weights.from_defaults')}
        </span>
      </h3>
      <dl class="facts" data-testid="contract-weights">
        <For each={LEVELS}>
          {(l) => (
            <div>
              <dt>{t(`weights.${l}`)}</dt>
              <dd>{ppmToPercentText(c().effectiveWeights[l])}%</dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
}

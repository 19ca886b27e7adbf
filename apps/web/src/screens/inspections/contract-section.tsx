import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import type { ContractSectionProps } from '../contracts/contract-sections.ts';
import { CertificatesPanel } from './certificates-panel.tsx';
import { InspectionRow } from './list-page.tsx';

/** On the contract page: this month's inspections, a patrol to start per line and site, expiring certificates. */
export default function ContractInspectionsSection(props: ContractSectionProps) {
  const auth = useAuth();
  const month = new Date().toISOString().slice(0, 7);
  const list = createLoader(() => api.inspections.list.query({ contractId: props.contract.id, month }));
  const lines = () => props.contract.serviceLineIds as string[];
  const sites = () => props.contract.siteIds as string[];
  return (
    <>
      <section class="card" data-testid="contract-inspections">
        <h2 class="card-title">{t('insp.contract_section')}</h2>
        <Show when={auth.can('inspections.record')}>
          <p class="card-actions">
            <For each={lines()}>
              {(line) => (
                <A
                  class="button button-small"
                  href={`/inspections/new?contract=${props.contract.id}&line=${line}${sites()[0] ? `&site=${sites()[0]}` : ''}&kind=patrol`}
                >
                  {t('insp.new_patrol')} · {line}
                </A>
              )}
            </For>
          </p>
        </Show>
        <Show when={(list.data() ?? []).length > 0} fallback={<p class="hint">{t('insp.list_empty')}</p>}>
          <ul class="item-list">
            <For each={list.data() ?? []}>{(row) => <InspectionRow row={row} />}</For>
          </ul>
        </Show>
        <p>
          <A href={`/inspections?contract=${props.contract.id}`}>{t('insp.list_title')}</A>
        </p>
      </section>
      <CertificatesPanel contractId={props.contract.id} />
    </>
  );
}

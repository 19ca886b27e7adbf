import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { contractStatusName } from './contract-labels.ts';
import { contractSections } from './contract-sections.ts';

/**
 * The contract page: its header, then every registered section in order (terms, score trend, inspections,
 * rectifications…). A section is added in contract-sections.ts, not here.
 */
export default function ContractPage() {
  const params = useParams<{ id: string }>();
  const auth = useAuth();
  const contract = createLoader(() => api.contracts.get.query({ id: params.id }));
  const options = createLoader(() => api.contracts.options.query());
  const sections = () =>
    [...contractSections]
      .sort((a, b) => a.order - b.order)
      .filter((s) => !s.permission || auth.can(s.permission));
  return (
    <div class="page">
      <p>
        <A href="/contracts">{t('contracts.back')}</A>
      </p>
      <Loaded loader={contract}>
        {(c) => (
          <>
            <header class="page-header">
              <h1 data-testid="contract-title">
                {c().code} {c().title}
              </h1>
              <p class="lead">
                {c().vendorName}{' '}
                <span class={c().status === 'active' ? 'badge badge-ok' : 'badge badge-muted'}>
                  {contractStatusName(c().status)}
                </span>
              </p>
            </header>
            <For each={sections()}>
              {(section) => (
                <Show when={c()}>
                  {(current) => (
                    <Dynamic
                      component={section.component}
                      contract={current()}
                      options={options.data()}
                      reload={contract.reload}
                    />
                  )}
                </Show>
              )}
            </For>
          </>
        )}
      </Loaded>
    </div>
  );
}

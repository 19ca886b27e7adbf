import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { FormNotice } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { vendorStatusName } from './labels.ts';
import { AlertBadges } from './validity-badge.tsx';
import { type VendorFields, VendorForm } from './vendor-form.tsx';

/** Every vendor the user may see, with expired and expiring permits flagged; admins add vendors here. */
export default function VendorsPage() {
  const auth = useAuth();
  const manage = () => auth.can('vendors.manage');
  const vendors = createLoader(() => api.vendors.list.query());
  const [created, setCreated] = createSignal(false);
  const create = createAction(async (fields: VendorFields) => {
    setCreated(false);
    const row = await api.vendors.create.mutate(fields);
    setCreated(true);
    await vendors.reload();
    return row;
  });
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('vendors.title')}</h1>
        <p class="lead">{t('vendors.lead')}</p>
        <p>
          <A href="/vendors/expiring" class="button button-small" data-testid="expiring-link">
            {t('expiring.title')}
          </A>
        </p>
      </header>
      <section class="card" aria-label={t('vendors.title')}>
        <Loaded loader={vendors}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="hint">{t('vendors.empty')}</p>}>
              <ul class="item-list" data-testid="vendor-list">
                <For each={list()}>
                  {(v) => (
                    <li class="item" data-testid="vendor-item">
                      <div class="item-main">
                        <strong>
                          <A href={`/vendors/${v.id}`}>{v.legalName}</A>
                        </strong>
                        <span class="hint">{v.creditCode}</span>
                        <span class="badges">
                          <Show when={v.status !== 'active'}>
                            <span class="badge badge-muted">{vendorStatusName(v.status)}</span>
                          </Show>
                          <AlertBadges alerts={v.alerts} />
                          <Show when={v.activeContracts > 0}>
                            <span class="badge badge-info">
                              {t('vendors.contract_count', { count: v.activeContracts })}
                            </span>
                          </Show>
                          <Show when={v.generalContractorOf > 0}>
                            <span class="badge badge-info">{t('vendors.general_contractor')}</span>
                          </Show>
                        </span>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Loaded>
      </section>
      <Show when={manage()}>
        <section class="card" aria-labelledby="vendor-new-title">
          <h2 id="vendor-new-title" class="card-title">
            {t('vendors.new')}
          </h2>
          <FormNotice message={created() && t('vendors.created')} />
          <VendorForm submitLabel={t('vendors.create')} action={create} testId="vendor-create" />
        </section>
      </Show>
    </div>
  );
}

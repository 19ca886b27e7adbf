import { A, useParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import { vendorStatusName } from './labels.ts';
import { MembersSection } from './members-section.tsx';
import { QualificationsSection } from './qualifications-section.tsx';
import { StaffSection } from './staff-section.tsx';
import type { VendorPage as VendorData } from './vendor-api.ts';
import { type VendorFields, VendorForm } from './vendor-form.tsx';

/** One vendor: profile and contacts, licences, staff certificates, contracts and linked sign-ins. */
export default function VendorPage() {
  const params = useParams<{ id: string }>();
  const auth = useAuth();
  const manage = () => auth.can('vendors.manage');
  const page = createLoader(() => api.vendors.get.query({ id: params.id }));
  const options = createLoader(() => api.contracts.options.query());
  return (
    <div class="page">
      <p>
        <A href="/vendors">{t('vendors.back')}</A>
      </p>
      <Loaded loader={page}>
        {(data) => (
          <>
            <VendorHeader data={data()} manage={manage()} onChanged={page.reload} />
            <QualificationsSection
              vendorId={data().vendor.id}
              items={data().qualifications}
              lines={options.data()?.serviceLines ?? []}
              manage={manage()}
              onChanged={page.reload}
            />
            <StaffSection
              vendorId={data().vendor.id}
              staff={data().staff}
              manage={manage()}
              onChanged={page.reload}
            />
            <section class="card" aria-labelledby="vendor-contracts-title">
              <h2 id="vendor-contracts-title" class="card-title">
                {t('contracts.title')}
              </h2>
              <ul class="item-list">
                <For each={data().contracts} fallback={<li class="hint">{t('contracts.empty')}</li>}>
                  {(c) => (
                    <li class="item">
                      <div class="item-main">
                        <A href={`/contracts/${c.id}`}>
                          {c.code} {c.title}
                        </A>
                        <span class="hint">
                          {c.startsOn} – {c.endsOn}
                          {c.role === 'general_contractor' && ` · ${t('vendors.general_contractor')}`}
                        </span>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </section>
            <Show when={manage()}>
              <MembersSection vendorId={data().vendor.id} onChanged={page.reload} />
            </Show>
          </>
        )}
      </Loaded>
    </div>
  );
}

function VendorHeader(props: { data: VendorData; manage: boolean; onChanged: () => Promise<void> }) {
  const [editing, setEditing] = createSignal(false);
  const v = () => props.data.vendor;
  const update = createAction(async (fields: VendorFields) => {
    await api.vendors.update.mutate({ id: v().id, ...fields });
    setEditing(false);
    await props.onChanged();
    return true;
  });
  return (
    <header class="page-header">
      <h1 data-testid="vendor-name">{v().legalName}</h1>
      <p class="lead">
        {t('vendors.creditCode')}: {v().creditCode}
        <Show when={v().status !== 'active'}>
          {' '}
          <span class="badge badge-muted">{vendorStatusName(v().status)}</span>
        </Show>
      </p>
      <Show when={v().address}>
        <p class="hint">{v().address}</p>
      </Show>
      <ul class="stack" aria-label={t('vendors.contacts')}>
        <For each={v().contacts}>
          {(c) => (
            <li>
              {c.name} {c.role && <span class="hint-inline">{c.role}</span>}{' '}
              {c.phone && <a href={`tel:${c.phone}`}>{c.phone}</a>}
            </li>
          )}
        </For>
      </ul>
      <Show when={props.manage && !editing()}>
        <button type="button" class="button button-small" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </button>
      </Show>
      <Show when={editing()}>
        <section class="card">
          <VendorForm
            initial={{ ...v(), status: v().status as VendorFields['status'] }}
            submitLabel={t('common.save')}
            action={update}
            onCancel={() => setEditing(false)}
          />
        </section>
      </Show>
    </header>
  );
}

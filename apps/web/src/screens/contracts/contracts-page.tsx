import { A, useNavigate } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { locale, t } from '../../i18n/locale.ts';
import { createAction } from '../../lib/action.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field } from '../../shell/form.tsx';
import { Loaded } from '../../shell/loaded.tsx';
import { localizedName } from '../vendors/labels.ts';
import { formatFen } from './amounts.ts';
import { CONTRACT_STATUSES, type ContractStatus } from './contract-api.ts';
import { type ContractFields, ContractForm } from './contract-form.tsx';
import { contractStatusName, lineNames } from './contract-labels.ts';
import { DefaultWeightsCard } from './default-weights-card.tsx';

/** Contracts the user may see, filtered by vendor, service line and status; admins add contracts here. */
export default function ContractsPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [vendorId, setVendorId] = createSignal('');
  const [lineId, setLineId] = createSignal('');
  const [status, setStatus] = createSignal<ContractStatus | ''>('');
  const options = createLoader(() => api.contracts.options.query());
  const contracts = createLoader(() =>
    api.contracts.list.query({
      ...(vendorId() ? { vendorId: vendorId() } : {}),
      ...(lineId() ? { serviceLineId: lineId() } : {}),
      ...(status() ? { status: status() as ContractStatus } : {}),
    }),
  );
  const [creating, setCreating] = createSignal(false);
  const create = createAction(async (fields: ContractFields) => {
    const row = await api.contracts.create.mutate(fields);
    navigate(`/contracts/${row.id}`);
    return row;
  });
  const filter = (set: (v: string) => void) => (e: { currentTarget: HTMLSelectElement }) => {
    set(e.currentTarget.value);
    void contracts.reload();
  };
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('contracts.title')}</h1>
        <p class="lead">{t('contracts.lead')}</p>
      </header>
      <section class="card" aria-label={t('contracts.filters')}>
        <div class="field-row">
          <Field label={t('contracts.vendorId')}>
            {(ids) => (
              <select id={ids.id} name="filter-vendor" value={vendorId()} onChange={filter(setVendorId)}>
                <option value="">{t('contracts.all')}</option>
                <For each={options.data()?.vendors ?? []}>
                  {(v) => <option value={v.id}>{v.legalName}</option>}
                </For>
              </select>
            )}
          </Field>
          <Field label={t('contracts.serviceLineIds')}>
            {(ids) => (
              <select id={ids.id} name="filter-line" value={lineId()} onChange={filter(setLineId)}>
                <option value="">{t('contracts.all')}</option>
                <For each={options.data()?.serviceLines ?? []}>
                  {(l) => <option value={l.id}>{localizedName(l.name)}</option>}
                </For>
              </select>
            )}
          </Field>
          <Field label={t('contracts.status')}>
            {(ids) => (
              <select
                id={ids.id}
                name="filter-status"
                value={status()}
                onChange={filter((v) => setStatus(v as ContractStatus))}
              >
                <option value="">{t('contracts.all')}</option>
                <For each={CONTRACT_STATUSES}>
                  {(s) => <option value={s}>{contractStatusName(s)}</option>}
                </For>
              </select>
            )}
          </Field>
        </div>
        <Loaded loader={contracts}>
          {(list) => (
            <Show when={list().length > 0} fallback={<p class="hint">{t('contracts.empty')}</p>}>
              <ul class="item-list" data-testid="contract-list">
                <For each={list()}>
                  {(c) => (
                    <li class="item" data-testid="contract-item" data-code={c.code}>
                      <div class="item-main">
                        <strong>
                          <A href={`/contracts/${c.id}`}>
                            {c.code} {c.title}
                          </A>
                        </strong>
                        <span class="hint">
                          {c.vendorName} · {lineNames(options.data(), c.serviceLineIds)}
                        </span>
                        <span class="hint">
                          {c.sites.map((s) => s.name).join('、')} · {c.startsOn} – {c.endsOn} ·{' '}
                          {formatFen(c.priceFen, locale())}
                        </span>
                        <span class="badges">
                          <span class={c.status === 'active' ? 'badge badge-ok' : 'badge badge-muted'}>
                            {contractStatusName(c.status)}
                          </span>
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
      <Show when={auth.can('contracts.manage') && options.data()}>
        {(opts) => (
          <section class="card" aria-labelledby="contract-new-title">
            <h2 id="contract-new-title" class="card-title">
              {t('contracts.new')}
            </h2>
            <Show
              when={creating()}
              fallback={
                <button type="button" class="button button-primary" onClick={() => setCreating(true)}>
                  {t('contracts.new')}
                </button>
              }
            >
              <ContractForm
                options={opts()}
                action={create}
                submitLabel={t('contracts.create')}
                onCancel={() => setCreating(false)}
              />
            </Show>
          </section>
        )}
      </Show>
      <Show when={auth.can('tenant.manage') && options.data()}>
        {(opts) => <DefaultWeightsCard weights={opts().defaultWeights} onSaved={options.reload} />}
      </Show>
    </div>
  );
}

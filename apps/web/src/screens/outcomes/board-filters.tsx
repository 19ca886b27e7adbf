import { useSearchParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { useAuth } from '../../auth/session.tsx';
import { t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Field } from '../../shell/form.tsx';

const STORED = ['proposed', 'endorsed', 'approved', 'rejected', 'withdrawn'] as const;
const KINDS = ['exit_warning', 'termination', 'retender', 'exit', 'deduction', 'reward'] as const;
type Status = (typeof STORED)[number] | 'open' | 'awaiting';

export type BoardQuery = {
  status?: Status;
  kind?: (typeof KINDS)[number];
  contractId?: string;
  vendorId?: string;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/**
 * The board's filters live in the address (status, kind, contract, vendor), so the home count and the old
 * /consequences address can link to a filtered board and a reload keeps it. No status means open ones.
 */
export function useBoardQuery() {
  const [params, setParams] = useSearchParams();
  const query = (): BoardQuery => {
    const status = one(params.status) || 'open';
    const kind = one(params.kind);
    return {
      ...(status !== 'all' && (STORED as readonly string[]).concat('open', 'awaiting').includes(status)
        ? { status: status as Status }
        : {}),
      ...((KINDS as readonly string[]).includes(kind) ? { kind: kind as BoardQuery['kind'] } : {}),
      ...(one(params.contract) ? { contractId: one(params.contract) } : {}),
      ...(one(params.vendor) ? { vendorId: one(params.vendor) } : {}),
    };
  };
  return { params, setParams, query };
}

export function BoardFilters(props: { board: ReturnType<typeof useBoardQuery> }) {
  const auth = useAuth();
  // People who decide consequences read contracts too; anyone else gets the status and kind filters only.
  const contracts = createLoader(async () =>
    auth.can('contracts.read') ? await api.contracts.list.query({}) : [],
  );
  const vendors = () => {
    const seen = new Map<string, string>();
    for (const c of contracts.data() ?? []) seen.set(c.vendorId, c.vendorName ?? '');
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], 'zh-CN'));
  };
  const value = (key: 'status' | 'kind' | 'contract' | 'vendor') => one(props.board.params[key]);
  const set = (key: string) => (e: { currentTarget: HTMLSelectElement }) =>
    props.board.setParams({ [key]: e.currentTarget.value || undefined });
  const statuses = () => ['open', ...(auth.can('consequences.decide') ? ['awaiting'] : []), ...STORED, 'all'];
  const statusLabel = (s: string) =>
    t(
      (s === 'open' || s === 'awaiting' || s === 'all' ? `out.filter.${s}` : `out.status.${s}`) as MessageKey,
    );
  return (
    <div class="field-row" data-testid="board-filters">
      <Field label={t('out.filter.status')}>
        {(ids) => (
          <select id={ids.id} name="status" onChange={set('status')}>
            <For each={statuses()}>
              {(s) => (
                <option value={s} selected={s === (value('status') || 'open')}>
                  {statusLabel(s)}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Field label={t('out.filter.kind')}>
        {(ids) => (
          <select id={ids.id} name="kind" onChange={set('kind')}>
            <option value="">{t('out.filter.any')}</option>
            <For each={KINDS}>
              {(k) => (
                <option value={k} selected={k === value('kind')}>
                  {t(`out.kind.${k}` as MessageKey)}
                </option>
              )}
            </For>
          </select>
        )}
      </Field>
      <Show when={auth.can('contracts.read')}>
        <Field label={t('out.filter.contract')}>
          {(ids) => (
            <select id={ids.id} name="contract" onChange={set('contract')}>
              <option value="">{t('out.filter.any')}</option>
              <For each={contracts.data() ?? []}>
                {(c) => (
                  <option value={c.id} selected={c.id === value('contract')}>
                    {c.code} · {c.title}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
        <Field label={t('out.filter.vendor')}>
          {(ids) => (
            <select id={ids.id} name="vendor" onChange={set('vendor')}>
              <option value="">{t('out.filter.any')}</option>
              <For each={vendors()}>
                {([id, name]) => (
                  <option value={id} selected={id === value('vendor')}>
                    {name}
                  </option>
                )}
              </For>
            </select>
          )}
        </Field>
      </Show>
    </div>
  );
}

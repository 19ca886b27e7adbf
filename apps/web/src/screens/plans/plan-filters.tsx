import { For } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { KINDS, kindLabel, localized, type Plan, STATUSES, statusLabel } from './plans-api.ts';

export interface Filters {
  serviceLineId: string;
  contractId: string;
  assigneeUserId: string;
  kind: string;
  status: string;
}

export const noFilters: Filters = {
  serviceLineId: '',
  contractId: '',
  assigneeUserId: '',
  kind: '',
  status: '',
};

/** The plans that pass every chosen filter (an empty choice passes all). */
export function applyFilters<P extends Plan>(plans: readonly P[], f: Filters): P[] {
  return plans.filter(
    (p) =>
      (!f.serviceLineId || p.serviceLineId === f.serviceLineId) &&
      (!f.contractId || p.contractId === f.contractId) &&
      (!f.assigneeUserId || p.assigneeUserId === f.assigneeUserId) &&
      (!f.kind || p.kind === f.kind) &&
      (!f.status || p.status === f.status),
  );
}

function unique<T>(values: T[], key: (v: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v);
  return [...seen.values()];
}

/** Filters by line, contract, inspector, kind and status; choices come from the plans on show. */
export function PlanFilters(props: {
  plans: readonly Plan[];
  assignees: readonly { userId: string; name: string }[];
  value: Filters;
  onChange: (next: Filters) => void;
  kinds?: boolean;
  statuses?: boolean;
}) {
  const set = (field: keyof Filters) => (e: Event) =>
    props.onChange({ ...props.value, [field]: (e.currentTarget as HTMLSelectElement).value });
  const lines = () =>
    unique(
      props.plans.filter((p) => p.serviceLineId),
      (p) => p.serviceLineId!,
    ).map((p) => ({ value: p.serviceLineId!, label: localized(p.lineName, p.pluginId) }));
  const contracts = () =>
    unique([...props.plans], (p) => p.contractId).map((p) => ({
      value: p.contractId,
      label: p.contractCode,
    }));
  const select = (field: keyof Filters, label: string, options: { value: string; label: string }[]) => (
    <label class="field">
      <span class="field-label">{label}</span>
      <select value={props.value[field]} onChange={set(field)} data-testid={`plan-filter-${field}`}>
        <option value="">{t('plans.filter.all')}</option>
        <For each={options}>{(o) => <option value={o.value}>{o.label}</option>}</For>
      </select>
    </label>
  );
  return (
    <div class="plan-filters">
      {select('serviceLineId', t('plans.filter.line'), lines())}
      {select('contractId', t('plans.filter.contract'), contracts())}
      {select(
        'assigneeUserId',
        t('plans.filter.assignee'),
        props.assignees.map((a) => ({ value: a.userId, label: a.name })),
      )}
      {props.kinds !== false &&
        select(
          'kind',
          t('plans.filter.kind'),
          KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
        )}
      {props.statuses !== false &&
        select(
          'status',
          t('plans.filter.status'),
          STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
        )}
    </div>
  );
}

import { A, useSearchParams } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import { createLoader } from '../../lib/loader.ts';
import { api } from '../../lib/trpc.ts';
import { Loaded } from '../../shell/loaded.tsx';
import type { InspectionSummary } from './inspections-api.ts';
import { kindName, sourceName, statusName } from './labels.ts';

const thisMonth = () => new Date().toISOString().slice(0, 7);

export function InspectionRow(props: { row: InspectionSummary }) {
  const r = () => props.row;
  return (
    <li class="item" data-testid="inspection-row">
      <div class="item-main">
        <A href={`/inspections/${r().id}`}>
          {r().inspectedOn} · {kindName(r().kind)} · {r().contractCode}
        </A>
        <p class="badges">
          <span class={r().status === 'submitted' ? 'badge badge-ok' : 'badge badge-warn'}>
            {statusName(r().status)}
          </span>
          <span class="badge badge-muted">{sourceName(r().source)}</span>
          <Show when={r().nonconform > 0}>
            <span class="badge badge-danger">{t('insp.nonconform_count', { count: r().nonconform })}</span>
          </Show>
          <span class="hint-inline">{r().inspectorName}</span>
        </p>
      </div>
    </li>
  );
}

/** Inspections by month (and contract, from `?contract=`), mine or everyone's the caller may see. */
export default function InspectionListPage() {
  const [params] = useSearchParams<{ contract?: string }>();
  const [month, setMonth] = createSignal(thisMonth());
  const [mine, setMine] = createSignal(false);
  const list = createLoader(() =>
    api.inspections.list.query({
      month: month(),
      ...(params.contract ? { contractId: params.contract } : {}),
      ...(mine() ? { mine: true } : {}),
    }),
  );
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('insp.list_title')}</h1>
      </header>
      <div class="field-row">
        <label class="field">
          <span class="field-label">{t('insp.filter_month')}</span>
          <input
            type="month"
            value={month()}
            onChange={(e) => {
              setMonth(e.currentTarget.value || thisMonth());
              void list.reload();
            }}
          />
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={mine()}
            onChange={(e) => {
              setMine(e.currentTarget.checked);
              void list.reload();
            }}
          />
          {t('insp.filter_mine')}
        </label>
      </div>
      <Loaded loader={list}>
        {(rows) => (
          <Show when={rows().length > 0} fallback={<p class="hint">{t('insp.list_empty')}</p>}>
            <ul class="item-list">
              <For each={rows()}>{(row) => <InspectionRow row={row} />}</For>
            </ul>
          </Show>
        )}
      </Loaded>
    </div>
  );
}

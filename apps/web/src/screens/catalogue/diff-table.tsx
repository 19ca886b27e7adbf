import { For, Show } from 'solid-js';
import { t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { type DiffRow, loc } from './catalogue-api.ts';

const fieldKey: Record<DiffRow['field'], MessageKey> = {
  enabled: 'overlay.field.enabled',
  added: 'overlay.field.added',
  deduction: 'overlay.field.deduction',
  severity: 'overlay.field.severity',
  every: 'overlay.field.every',
  warningDays: 'overlay.field.warningDays',
};

function show(value: unknown, row: DiffRow): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return t(value ? 'overlay.yes' : 'overlay.no');
  if (row.field === 'added' && typeof value === 'object' && 'text' in value)
    return loc((value as { text: { zh: string; en: string } }).text);
  if (typeof value === 'object' && 'unit' in value && 'count' in value) {
    const p = value as { unit: 'day' | 'week' | 'month' | 'year'; count: number };
    return t('overlay.every', { count: p.count, unit: t(`overlay.unit.${p.unit}`) });
  }
  if (value === 'major' || value === 'general') return t(`standards.severity.${value}`);
  return String(value);
}

/** The tenant's changes against the plugin's defaults; a change the version cannot apply is marked. */
export function DiffTable(props: { rows: readonly DiffRow[] }) {
  return (
    <Show when={props.rows.length > 0} fallback={<p class="hint">{t('overlay.diff_empty')}</p>}>
      <table class="diff-table" data-testid="overlay-diff">
        <thead>
          <tr>
            <th scope="col">{t('overlay.diff.code')}</th>
            <th scope="col">{t('overlay.diff.field')}</th>
            <th scope="col">{t('overlay.diff.default')}</th>
            <th scope="col">{t('overlay.diff.tenant')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr classList={{ 'has-problem': !!row.problem }} data-code={row.code} data-field={row.field}>
                <td>
                  <code>{row.code}</code>
                  <Show when={row.label}>{(l) => <div class="hint">{loc(l())}</div>}</Show>
                </td>
                <td>{t(fieldKey[row.field])}</td>
                <td>{show(row.pluginDefault, row)}</td>
                <td>
                  {show(row.tenantValue, row)}
                  <Show when={row.problem}>{(p) => <div class="form-alert">{loc(p())}</div>}</Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}

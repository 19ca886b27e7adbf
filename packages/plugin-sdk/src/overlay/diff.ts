import { canonicalJson } from '../canonical.ts';
import type { Localized, ServiceLinePlugin } from '../contract.ts';
import { applyOverlay } from './apply.ts';
import type { OverlayOperation, TenantOverlay } from './types.ts';

export type OverlayDiffField = 'enabled' | 'added' | 'deduction' | 'severity' | 'every' | 'warningDays';

/** One row of the overlay editor's diff view: the tenant's value against the plugin's default. */
export interface OverlayDiffEntry {
  readonly kind: 'item' | 'cadence';
  readonly code: string;
  /** the template holding the item */
  readonly template?: string;
  /** item text or cadence name, for display */
  readonly label?: Localized;
  readonly field: OverlayDiffField;
  /** null when the plugin has no such thing (an added item, or a code that no longer exists) */
  readonly pluginDefault: unknown;
  readonly tenantValue: unknown;
  /** set when the tenant's change cannot apply to this plugin version */
  readonly problem?: Localized;
}

/** The net effect of an overlay on a plugin version, plus one row per operation that cannot apply. */
export function diffOverlay(plugin: ServiceLinePlugin, overlay: TenantOverlay): OverlayDiffEntry[] {
  const { resolved, problems } = applyOverlay(plugin, overlay);
  const out: OverlayDiffEntry[] = [];
  const pluginItems = new Map(
    plugin.checklistTemplates.flatMap((t) =>
      t.items.map((i) => [i.code, { item: i, template: t.code }] as const),
    ),
  );
  for (const t of resolved.checklistTemplates) {
    for (const code of t.disabledItems) {
      const label = pluginItems.get(code)?.item.text;
      out.push({
        kind: 'item',
        code,
        template: t.code,
        label,
        field: 'enabled',
        pluginDefault: true,
        tenantValue: false,
      });
    }
    for (const item of t.items) {
      const base = { kind: 'item' as const, code: item.code, template: t.code, label: item.text };
      const original = pluginItems.get(item.code)?.item;
      if (item.origin === 'tenant' || !original) {
        const { origin: _o, overridden: _v, ...own } = item;
        out.push({ ...base, field: 'added', pluginDefault: null, tenantValue: own });
        continue;
      }
      if (item.deduction.default !== original.deduction.default)
        out.push({
          ...base,
          field: 'deduction',
          pluginDefault: original.deduction.default,
          tenantValue: item.deduction.default,
        });
      if (item.severity !== original.severity)
        out.push({
          ...base,
          field: 'severity',
          pluginDefault: original.severity,
          tenantValue: item.severity,
        });
    }
  }
  const pluginCadences = new Map(plugin.cadences.map((c) => [c.code, c]));
  for (const code of resolved.disabledCadences)
    out.push({
      kind: 'cadence',
      code,
      label: pluginCadences.get(code)?.name,
      field: 'enabled',
      pluginDefault: true,
      tenantValue: false,
    });
  for (const c of resolved.cadences) {
    const original = pluginCadences.get(c.code);
    if (!original) continue;
    const base = { kind: 'cadence' as const, code: c.code, label: c.name };
    if (canonicalJson(c.every) !== canonicalJson(original.every))
      out.push({ ...base, field: 'every', pluginDefault: original.every, tenantValue: c.every });
    if (c.warningDays !== original.warningDays)
      out.push({
        ...base,
        field: 'warningDays',
        pluginDefault: original.warningDays,
        tenantValue: c.warningDays,
      });
  }
  for (const p of problems) out.push(problemRow(p.operation, p.reason, plugin));
  return out;
}

function problemRow(op: OverlayOperation, problem: Localized, plugin: ServiceLinePlugin): OverlayDiffEntry {
  const item = (code: string) =>
    plugin.checklistTemplates.flatMap((t) => t.items).find((i) => i.code === code);
  const cadence = (code: string) => plugin.cadences.find((c) => c.code === code);
  switch (op.op) {
    case 'disable-item':
    case 'enable-item':
      return {
        kind: 'item',
        code: op.item,
        field: 'enabled',
        pluginDefault: item(op.item) ? true : null,
        tenantValue: op.op === 'enable-item',
        problem,
      };
    case 'add-item':
      return {
        kind: 'item',
        code: op.item.code,
        template: op.template,
        label: op.item.text,
        field: 'added',
        pluginDefault: null,
        tenantValue: op.item,
        problem,
      };
    case 'set-deduction':
      return {
        kind: 'item',
        code: op.item,
        label: item(op.item)?.text,
        field: 'deduction',
        pluginDefault: item(op.item)?.deduction.default ?? null,
        tenantValue: op.deduction,
        problem,
      };
    case 'set-severity':
      return {
        kind: 'item',
        code: op.item,
        field: 'severity',
        pluginDefault: item(op.item)?.severity ?? null,
        tenantValue: op.severity,
        problem,
      };
    case 'set-cadence': {
      const c = cadence(op.cadence);
      const field = op.every ? 'every' : 'warningDays';
      const pluginDefault = c ? (field === 'every' ? c.every : c.warningDays) : null;
      return {
        kind: 'cadence',
        code: op.cadence,
        label: c?.name,
        field,
        pluginDefault,
        tenantValue: op.every ?? op.warningDays,
        problem,
      };
    }
    case 'disable-cadence':
    case 'enable-cadence':
      return {
        kind: 'cadence',
        code: op.cadence,
        field: 'enabled',
        pluginDefault: cadence(op.cadence) ? true : null,
        tenantValue: op.op === 'enable-cadence',
        problem,
      };
  }
}

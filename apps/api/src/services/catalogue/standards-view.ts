import {
  applyOverlay,
  type ChecklistItem,
  type InspectionKind,
  type Localized,
  type OverlayProblem,
  type ServiceLinePlugin,
  type Severity,
  type StandardDef,
  type TenantOverlay,
} from '@steward/plugin-sdk';

export interface StandardsFilter {
  search?: string;
  category?: string;
  severity?: Severity;
  /** a cadence code: items of its template and of the templates it includes */
  cadence?: string;
  inspectionKind?: InspectionKind;
  includeDisabled?: boolean;
}

export interface ViewItem extends ChecklistItem {
  template: string;
  origin: 'plugin' | 'tenant';
  overridden: readonly string[];
  enabled: boolean;
}

const matches = (needle: string, ...texts: (Localized | string | undefined)[]) =>
  texts.some((t) =>
    t === undefined
      ? false
      : typeof t === 'string'
        ? t.toLowerCase().includes(needle)
        : t.zh.toLowerCase().includes(needle) || t.en.toLowerCase().includes(needle),
  );

/**
 * A line's standards and checklist items as the tenant has them (overlay applied), both languages,
 * filtered for the standards browser. Disabled items are listed only on request (the overlay editor).
 */
export function standardsView(plugin: ServiceLinePlugin, overlay: TenantOverlay, filter: StandardsFilter) {
  const { resolved, problems } = applyOverlay(plugin, overlay);
  const cadence = filter.cadence ? plugin.cadences.find((c) => c.code === filter.cadence) : undefined;
  const cadenceTemplates = cadence ? new Set([cadence.template, ...(cadence.includesTemplates ?? [])]) : null;
  const templates = resolved.checklistTemplates.filter(
    (t) =>
      (!cadenceTemplates || cadenceTemplates.has(t.code)) &&
      (!filter.inspectionKind || t.inspectionKinds.includes(filter.inspectionKind)),
  );
  const original = new Map(
    plugin.checklistTemplates.flatMap((t) => t.items.map((i) => [i.code, i] as const)),
  );
  const allItems: ViewItem[] = templates.flatMap((t) => [
    ...t.items.map((i) => ({ ...i, template: t.code, enabled: true })),
    ...(filter.includeDisabled
      ? t.disabledItems.flatMap((code) => {
          const i = original.get(code);
          return i
            ? [{ ...i, template: t.code, origin: 'plugin' as const, overridden: [], enabled: false }]
            : [];
        })
      : []),
  ]);
  const needle = filter.search?.trim().toLowerCase() ?? '';
  const items = allItems.filter(
    (i) =>
      (!filter.category || i.category === filter.category) &&
      (!filter.severity || i.severity === filter.severity) &&
      (needle === '' || matches(needle, i.code, i.text, i.guidance)),
  );
  const standards: StandardDef[] = plugin.standards.filter(
    (s) =>
      (!filter.category || s.category === filter.category) &&
      (needle === '' || matches(needle, s.code, s.title, s.description)) &&
      // Narrowed by cadence, kind or severity: the standards the shown items cite.
      (!(cadence || filter.inspectionKind || filter.severity) || items.some((i) => i.standard === s.code)),
  );
  return {
    categories: plugin.categories.map((c) => ({ code: c.code, name: c.name })),
    templates: resolved.checklistTemplates.map((t) => ({
      code: t.code,
      name: t.name,
      inspectionKinds: t.inspectionKinds,
    })),
    cadences: [
      ...resolved.cadences.map((c) => ({ ...c, enabled: true })),
      ...resolved.disabledCadences.flatMap((code) => {
        const c = plugin.cadences.find((x) => x.code === code);
        return c ? [{ ...c, overridden: [], enabled: false }] : [];
      }),
    ],
    standards,
    items,
    problems: problems.map(problemOut),
  };
}

export function problemOut(p: OverlayProblem) {
  return { index: p.index, op: p.operation.op, operation: p.operation, reason: p.reason };
}

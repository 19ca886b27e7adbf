import semver from 'semver';
import { canonicalJson } from './canonical.ts';
import type { RetiredCode, ServiceLinePlugin } from './contract.ts';

export const CODE_KINDS = [
  'category',
  'standard',
  'template',
  'item',
  'cadence',
  'externalInspection',
  'workflow',
  'surveyQuestion',
  'calculation',
] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

type Defs = Map<CodeKind, Map<string, object>>;

/** Every stable code of a plugin by kind, with its definition (item codes are plugin-wide). */
export function collectCodes(p: ServiceLinePlugin): Defs {
  const byCode = (list: readonly { code: string }[] | undefined) =>
    new Map((list ?? []).map((x) => [x.code, x]));
  return new Map<CodeKind, Map<string, object>>([
    ['category', byCode(p.categories)],
    ['standard', byCode(p.standards)],
    // a template's own fields only; its items are compared one by one
    [
      'template',
      new Map(
        p.checklistTemplates.map(({ items, ...t }) => [t.code, { ...t, items: items.map((i) => i.code) }]),
      ),
    ],
    ['item', byCode(p.checklistTemplates.flatMap((t) => t.items))],
    ['cadence', byCode(p.cadences)],
    ['externalInspection', byCode(p.externalInspections)],
    ['workflow', byCode(p.workflows)],
    ['surveyQuestion', byCode(p.survey?.questions)],
    ['calculation', new Map(Object.entries(p.calculations ?? {}))],
  ]);
}

export interface CodeRef {
  readonly kind: CodeKind;
  readonly code: string;
}

export interface ReleaseComparison {
  readonly from: string;
  readonly to: string;
  /** `next.version` is greater than `prev.version` */
  readonly versionIncreased: boolean;
  readonly added: readonly CodeRef[];
  /** every code of `prev` missing from `next`; `retired` is set when `next` explains it */
  readonly removed: readonly (CodeRef & { readonly retired?: RetiredCode })[];
  /** removed codes that `next.retired` does not explain: these break tenants' overlays and history */
  readonly unexplained: readonly CodeRef[];
  /** same code, different content: which top-level fields changed */
  readonly changed: readonly (CodeRef & { readonly fields: readonly string[] })[];
}

function changedFields(a: object, b: object): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort();
  return keys.filter(
    (k) => typeof ra[k] !== 'function' && canonicalJson(ra[k] ?? null) !== canonicalJson(rb[k] ?? null),
  );
}

/** What changed between two releases of one plugin: the basis of "codes are stable across versions". */
export function compareReleases(prev: ServiceLinePlugin, next: ServiceLinePlugin): ReleaseComparison {
  const a = collectCodes(prev);
  const b = collectCodes(next);
  const retired = new Map((next.retired ?? []).map((r) => [r.code, r]));
  const added: CodeRef[] = [];
  const removed: (CodeRef & { retired?: RetiredCode })[] = [];
  const changed: (CodeRef & { fields: string[] })[] = [];
  for (const kind of CODE_KINDS) {
    const before = a.get(kind) ?? new Map<string, object>();
    const after = b.get(kind) ?? new Map<string, object>();
    for (const [code, def] of before) {
      const now = after.get(code);
      if (!now) {
        const r = retired.get(code);
        removed.push(r ? { kind, code, retired: r } : { kind, code });
        continue;
      }
      const fields = changedFields(def, now);
      if (fields.length > 0) changed.push({ kind, code, fields });
    }
    for (const code of after.keys()) if (!before.has(code)) added.push({ kind, code });
  }
  const valid = semver.valid(prev.version) && semver.valid(next.version);
  return {
    from: prev.version,
    to: next.version,
    versionIncreased: Boolean(valid) && semver.gt(next.version, prev.version),
    added,
    removed,
    unexplained: removed.filter((r) => !r.retired).map(({ kind, code }) => ({ kind, code })),
    changed,
  };
}

import type { ServiceLinePlugin } from '../contract.ts';
import { compareReleases } from '../releases.ts';
import { formatPath, IssueCollector, type PathSegment } from '../validation/issues.ts';
import { isObj } from '../validation/loose.ts';
import { checkDeduction } from '../validation/semantic.ts';
import { collectLocatedCodes } from '../validation/unique.ts';

// Each check returns readable problems ([] = pass); the test kit turns them into Vitest cases.

export function duplicateCodes(p: ServiceLinePlugin): string[] {
  const out: string[] = [];
  for (const [kind, located] of Object.entries(collectLocatedCodes(p))) {
    const seen = new Map<string, string>();
    for (const { code, path } of located) {
      const prev = seen.get(code);
      if (prev)
        out.push(`${kind}: "${code}" at ${formatPath(path)} repeats ${prev} — give each a unique code`);
      else seen.set(code, formatPath(path));
    }
  }
  return out;
}

export function unstableCodes(p: ServiceLinePlugin, previous: readonly ServiceLinePlugin[]): string[] {
  return previous.flatMap((prev) => {
    const r = compareReleases(prev, p);
    const out = r.unexplained.map(
      ({ kind, code }) =>
        `${kind} "${code}" of ${prev.version} is missing from ${p.version} — restore it, or list it in retired with a reason`,
    );
    if (!r.versionIncreased && prev.version !== p.version)
      out.push(
        `version ${p.version} is not greater than the earlier release ${prev.version} — bump the version`,
      );
    return out;
  });
}

/** Every { zh, en } text anywhere in the plugin must have both languages. */
export function missingLanguages(p: ServiceLinePlugin): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: PathSegment[]): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, [...path, i]);
      });
    } else if (isObj(v)) {
      if ('zh' in v || 'en' in v)
        for (const lang of ['zh', 'en'] as const) {
          const t = v[lang];
          if (typeof t !== 'string' || t.trim() === '')
            out.push(
              `${formatPath([...path, lang])} is empty — write the ${lang === 'zh' ? 'Chinese' : 'English'} text`,
            );
        }
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    }
  };
  walk(p, []);
  return out;
}

const DAYS: Record<string, number> = { day: 1, week: 7, month: 28, year: 365 };

export function insaneNumbers(p: ServiceLinePlugin): string[] {
  const c = new IssueCollector(`plugin "${p.id}"`);
  p.checklistTemplates.forEach((t, ti) => {
    t.items.forEach((item, ii) => {
      const base = ['checklistTemplates', ti, 'items', ii];
      checkDeduction(c, [...base, 'deduction'], item.deduction);
      const m = item.measurement;
      if (m?.min !== undefined && m.max !== undefined && m.min > m.max)
        c.add([...base, 'measurement'], `min (${m.min}) is greater than max (${m.max})`, 'swap them');
    });
  });
  p.cadences.forEach((cad, i) => {
    if (!Number.isInteger(cad.every.count) || cad.every.count < 1)
      c.add(
        ['cadences', i, 'every', 'count'],
        `${cad.every.count} is not a whole number >= 1`,
        'use 1 or more',
      );
    const span = (DAYS[cad.every.unit] ?? 1) * cad.every.count;
    if (cad.warningDays < 0 || cad.warningDays >= span)
      c.add(
        ['cadences', i, 'warningDays'],
        `${cad.warningDays} is not shorter than the interval (~${span} days)`,
        'warn fewer days ahead than the interval',
      );
  });
  p.externalInspections.forEach((x, i) => {
    const cert = x.certificate;
    if (cert && cert.warningDays >= cert.validityMonths * 28)
      c.add(
        ['externalInspections', i, 'certificate', 'warningDays'],
        `${cert.warningDays} days is not shorter than the validity`,
        'warn fewer days ahead',
      );
  });
  return c.issues.map((i) => i.message);
}

export function itemsWithoutBasis(p: ServiceLinePlugin): string[] {
  const out: string[] = [];
  p.checklistTemplates.forEach((t, ti) => {
    t.items.forEach((item, ii) => {
      const where = formatPath(['checklistTemplates', ti, 'items', ii, 'basis']);
      const b = item.basis as Partial<typeof item.basis> | undefined;
      if (!b || typeof b.rule !== 'string' || b.rule.trim() === '')
        out.push(
          `${where} (${item.code}) cites no rule — name the rule, or { rule: 'practice', kind: 'practice' }`,
        );
      else if (b.kind !== 'verified' && b.kind !== 'practice')
        out.push(`${where} (${item.code}) has no kind — use 'verified' or 'practice'`);
      else if (b.kind === 'verified' && /^practice$/i.test(b.rule.trim()))
        out.push(
          `${where} (${item.code}) is 'verified' but cites only "practice" — name the rule or use kind 'practice'`,
        );
    });
  });
  return out;
}

export function countItems(p: ServiceLinePlugin): number {
  return p.checklistTemplates.reduce((n, t) => n + t.items.length, 0);
}

export function brokenCalculations(p: ServiceLinePlugin): string[] {
  return Object.entries(p.calculations ?? {}).flatMap(([key, calc]) => {
    const inputs = Object.fromEntries(calc.inputs.map((i) => [i.code, 100]));
    try {
      const r = calc.compute(inputs);
      return typeof r?.value === 'number' && Number.isFinite(r.value) && typeof r.unit === 'string'
        ? []
        : [
            `calculations.${key} returned ${JSON.stringify(r)} for inputs of 100 — return a finite value and a unit`,
          ];
    } catch (e) {
      return [
        `calculations.${key} threw for inputs of 100 (${String(e)}) — return { ok: false, message } instead`,
      ];
    }
  });
}

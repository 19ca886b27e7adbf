import semver from 'semver';
import type { IssueCollector, PathSegment } from './issues.ts';
import { isObj, type Loose, num, obj, objects, str, strings } from './loose.ts';
import { checkUnique, collectLocatedCodes, located } from './unique.ts';

function checkRef(
  c: IssueCollector,
  path: PathSegment[],
  ref: string | undefined,
  known: Set<string>,
  what: string,
  listName: string,
): void {
  if (ref === undefined || known.has(ref)) return;
  const some = [...known]
    .slice(0, 5)
    .map((k) => `"${k}"`)
    .join(', ');
  c.add(
    path,
    `${what} "${ref}" does not exist`,
    known.size
      ? `use a code from ${listName} (${some}${known.size > 5 ? ', …' : ''})`
      : `define it in ${listName} first`,
  );
}

export function checkDeduction(c: IssueCollector, path: PathSegment[], d: unknown): void {
  const def = num(d, 'default');
  const min = num(d, 'min');
  const max = num(d, 'max');
  if (max !== undefined && (max <= 0 || max > 100))
    c.add(
      [...path, 'max'],
      `max (${max}) is outside 0 < max <= 100`,
      'deductions are points of the 100-point assessment; use a max between 0 and 100',
    );
  if (def === undefined || min === undefined || max === undefined) return;
  const fix = 'make min <= default <= max';
  if (min > def) c.add(path, `min (${min}) is greater than default (${def})`, fix);
  if (def > max) c.add(path, `default (${def}) is greater than max (${max})`, fix);
}

function checkBounds(c: IssueCollector, path: PathSegment[], o: Loose | undefined): void {
  const min = num(o, 'min');
  const max = num(o, 'max');
  const target = num(o, 'target');
  if (min !== undefined && max !== undefined && min > max)
    c.add(path, `min (${min}) is greater than max (${max})`, 'swap them or correct one');
  if (target !== undefined && ((min !== undefined && target < min) || (max !== undefined && target > max)))
    c.add(
      [...path, 'target'],
      `target (${target}) lies outside min..max`,
      'put the target within the bounds',
    );
}

export function checkSemantics(c: IssueCollector, p: unknown, coreVersion: string): void {
  if (!isObj(p)) return;
  const codes = collectLocatedCodes(p);
  const names: Record<string, string> = {
    categories: 'category',
    standards: 'standard',
    checklistTemplates: 'template',
    checklistItems: 'checklist item',
    cadences: 'cadence',
    externalInspections: 'external inspection',
    workflows: 'workflow',
    surveyQuestions: 'survey question',
  };
  for (const [kind, located] of Object.entries(codes)) checkUnique(c, located, names[kind] ?? kind);
  const set = (kind: string) => new Set((codes[kind] ?? []).map((l) => l.code));
  const categories = set('categories');
  const standards = set('standards');
  const templates = set('checklistTemplates');

  for (const [s, i] of objects(p, 'standards')) {
    checkRef(c, ['standards', i, 'category'], str(s, 'category'), categories, 'category', 'categories');
    const ind = obj(s, 'indicator');
    if (str(ind, 'type') === 'quantitative') checkBounds(c, ['standards', i, 'indicator'], ind);
  }
  for (const [t, ti] of objects(p, 'checklistTemplates')) {
    for (const [item, ii] of objects(t, 'items')) {
      const base: PathSegment[] = ['checklistTemplates', ti, 'items', ii];
      checkRef(c, [...base, 'category'], str(item, 'category'), categories, 'category', 'categories');
      checkRef(c, [...base, 'standard'], str(item, 'standard'), standards, 'standard', 'standards');
      checkDeduction(c, [...base, 'deduction'], obj(item, 'deduction'));
      const m = obj(item, 'measurement');
      if (m) {
        checkBounds(c, [...base, 'measurement'], m);
        if (!strings(item, 'evidence').some(([e]) => e === 'measurement'))
          c.add(
            [...base, 'evidence'],
            'the item defines a measurement but does not ask for one',
            'add "measurement" to evidence, or remove measurement',
          );
      }
    }
  }
  const templateKinds = new Map(
    objects(p, 'checklistTemplates').map(([t]) => [
      str(t, 'code'),
      strings(t, 'inspectionKinds').map(([k]) => k),
    ]),
  );
  for (const [cad, i] of objects(p, 'cadences')) {
    const template = str(cad, 'template');
    checkRef(c, ['cadences', i, 'template'], template, templates, 'template', 'checklistTemplates');
    const kinds = templateKinds.get(template);
    const kind = str(cad, 'inspectionKind');
    if (kinds && kind && !kinds.includes(kind))
      c.add(
        ['cadences', i, 'inspectionKind'],
        `"${kind}" is not among template "${template}"'s inspectionKinds (${kinds.join(', ')})`,
        'add it to the template or change the cadence',
      );
    for (const [inc, j] of strings(cad, 'includesTemplates')) {
      checkRef(c, ['cadences', i, 'includesTemplates', j], inc, templates, 'template', 'checklistTemplates');
      if (inc === template)
        c.add(['cadences', i, 'includesTemplates', j], `includes its own template "${inc}"`, 'remove it');
    }
  }
  for (const [x, i] of objects(p, 'externalInspections')) {
    checkRef(
      c,
      ['externalInspections', i, 'template'],
      str(x, 'template'),
      templates,
      'template',
      'checklistTemplates',
    );
    checkUnique(
      c,
      objects(x, 'records').flatMap(([r, j]) => located(r, ['externalInspections', i, 'records', j])),
      'record',
    );
  }
  for (const [w, i] of objects(p, 'workflows'))
    checkUnique(
      c,
      objects(w, 'steps').flatMap(([s, j]) => located(s, ['workflows', i, 'steps', j])),
      'step',
    );
  const calcs = obj(p, 'calculations');
  for (const [key, calc] of Object.entries(calcs ?? {}))
    checkUnique(
      c,
      objects(calc, 'inputs').flatMap(([s, j]) => located(s, ['calculations', key, 'inputs', j])),
      'input',
    );

  const all = new Set(Object.values(codes).flatMap((l) => l.map((x) => x.code)));
  for (const [r, i] of objects(p, 'retired')) {
    const code = str(r, 'code');
    if (code !== undefined && all.has(code))
      c.add(
        ['retired', i, 'code'],
        `"${code}" is listed as retired but is still defined`,
        'remove it from retired, or remove its definition',
      );
    const by = str(r, 'replacedBy');
    if (by !== undefined && !all.has(by))
      c.add(
        ['retired', i, 'replacedBy'],
        `replacement "${by}" does not exist in this release`,
        'name a current code or drop replacedBy',
      );
  }
  checkCoreRange(c, p, coreVersion);
}

function checkCoreRange(c: IssueCollector, p: Loose, coreVersion: string): void {
  const range = str(obj(p, 'requires'), 'core');
  if (range === undefined || semver.validRange(range) === null) return;
  if (!semver.satisfies(coreVersion, range, { includePrerelease: true }))
    c.add(
      ['requires', 'core'],
      `"${range}" is not satisfied by @steward/core ${coreVersion}`,
      `widen the range (e.g. "^${coreVersion}") or run a host with a matching core`,
    );
}

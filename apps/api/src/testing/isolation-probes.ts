import { idKeysOf, type JsonSchema, type ProbeValues } from './input-probe.ts';
import type { TenantIds } from './isolation-ids.ts';

/** Words of a name: `complaints.meetings.setActionStatus` → complaints, meetings, set, action, status. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s._[\]]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
}

function plural(word: string): string {
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Who an id names when its field's words name no table: the people behind roles, the vendor behind a firm. */
const SYNONYMS: Record<string, string> = { contractor: 'vendors', assignee: 'users', owner: 'users' };

/** The tables a word names: `meeting` → joint_meetings, `staff` → vendor_staff, `result` → inspection_results. */
function tablesNamed(word: string, tables: readonly string[]): string[] {
  const names = [word, plural(word), word.endsWith('s') ? word : null].filter((n): n is string => !!n);
  const found = tables.filter((t) => names.some((n) => t === n || t.endsWith(`_${n}`)));
  return found.length > 0 ? found : SYNONYMS[word] ? [SYNONYMS[word]] : [];
}

/**
 * Which of tenant A's tables an id field of a procedure points into. A named field (`contractId`,
 * `evidenceIds`, `generalContractorId`) by its own words, the last one first; a bare `id` by the words of
 * the procedure's path (`vendors.updateCertificate` → vendors and staff_certificates: both are probed).
 */
export function tablesFor(path: string, key: string, tables: readonly string[]): string[] {
  if (key !== 'id') {
    const words = wordsOf(key.replace(/Ids?$/, ''));
    const whole = tablesNamed(words.join('_'), tables);
    if (whole.length > 0) return whole;
    for (const word of words.reverse()) {
      const found = tablesNamed(word, tables);
      if (found.length > 0) return found;
    }
    return [];
  }
  return [...new Set(wordsOf(path).flatMap((w) => tablesNamed(w, tables)))];
}

export interface FieldCoverage {
  field: string;
  /** `real`: ids of A's rows of the tables named; `unseeded`: the table has no rows of A; `unknown`: no table */
  coverage: 'real' | 'unseeded' | 'unknown';
  tables: string[];
}

const MAX_IDS_PER_FIELD = 4;

/** Round robin over the tables so that each gets at least one probe: [[a1, a2], [b1]] → a1, b1, a2. */
function interleave(lists: string[][], max: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < max && lists.some((l) => i < l.length); i++)
    for (const l of lists) if (i < l.length && out.length < max) out.push(l[i]!);
  return out;
}

/**
 * The probes of one procedure: every id field filled with real ids of A from the tables it points into
 * (a field the names do not place, or whose table A has no rows in, gets one id of each of A's tables, so
 * a new procedure is probed anyway), as many probes as the longest list, then the same with `extraText`
 * (A's session token) in every free text field.
 */
export function probesFor(
  path: string,
  json: JsonSchema | undefined,
  ids: TenantIds,
  extraText: string,
): { probes: ProbeValues[]; coverage: FieldCoverage[] } {
  const keys = json ? idKeysOf(json) : new Map<string, boolean>();
  const spread = interleave([...ids.byTable.values()], ids.byTable.size);
  const values = new Map<string, string[]>();
  const coverage: FieldCoverage[] = [];
  for (const [key, uuid] of keys) {
    // A free string named like an id may be a catalogue's (`serviceLineId: 'security'`): only a session's
    // or a person's id is put there.
    const people = tablesFor(path, key, ['users', 'sessions', 'tenants']);
    const tables = uuid ? tablesFor(path, key, ids.tables).concat(people) : people;
    const seeded = tables.filter((t) => ids.byTable.has(t));
    const field = `${path}:${key}`;
    if (seeded.length > 0) {
      values.set(
        key,
        interleave(
          seeded.map((t) => ids.byTable.get(t)!),
          Math.max(MAX_IDS_PER_FIELD, seeded.length),
        ),
      );
      coverage.push({ field, coverage: 'real', tables: seeded });
    } else if (uuid) {
      values.set(key, spread);
      coverage.push({ field, coverage: tables.length > 0 ? 'unseeded' : 'unknown', tables });
    }
  }
  const n = Math.max(1, ...[...values.values()].map((v) => v.length));
  const probe = (i: number, text: string): ProbeValues => ({
    idFor: (key) => {
      const list = values.get(key);
      return list ? list[i % list.length] : undefined;
    },
    text,
  });
  const probes = Array.from({ length: n }, (_, i) => probe(i, 'probe-value'));
  probes.push(probe(0, extraText));
  return { probes, coverage };
}

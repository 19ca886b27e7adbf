/**
 * The bench's results as data, the milestone targets as pure checks over them, and the text table.
 * Kept free of I/O so the test suite can check the harness without running the (slow) bench.
 */

/** One measured figure; `column` is the database it ran against ('postgres', 'pglite') or '-'. */
export interface Measurement {
  section: string;
  name: string;
  column: string;
  value: number;
  unit: string;
  note?: string;
}

export interface TargetResult {
  id: string;
  description: string;
  column: string;
  actual: number | null;
  limit: number;
  unit: string;
  met: boolean | null;
}

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; node: string; platform: string };
  seconds: number;
  measurements: Measurement[];
  targets: TargetResult[];
}

export function find(m: readonly Measurement[], section: string, name: string, column: string) {
  return m.find((x) => x.section === section && x.name === name && x.column === column)?.value ?? null;
}

interface TargetDef {
  id: string;
  description: string;
  unit: string;
  limit: number;
  /** 'max': actual ≤ limit; 'min': actual ≥ limit */
  kind: 'max' | 'min';
  actual(m: readonly Measurement[], column: string): number | null;
  columns: string[];
}

/** The heavy reads the 1.5× target is about; light ones (contracts.get) are shown beside them. */
export const HEAVY_READS = ['inspections.list', 'scores.month'];

const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : a / b);

/** The milestone's targets (issue 8). Each is evaluated per database column it applies to. */
export const TARGETS: TargetDef[] = [
  {
    id: 'reads-vs-sql',
    description: 'heavy reads through the API ≤ 1.5× the same SQL at p50 (worst read)',
    unit: '×',
    limit: 1.5,
    kind: 'max',
    columns: ['postgres'],
    actual: (m, c) => {
      const ratios = m.filter(
        (x) => x.section === 'b' && x.column === c && HEAVY_READS.some((r) => x.name === `${r} api/sql p50`),
      );
      return ratios.length ? Math.max(...ratios.map((x) => x.value)) : null;
    },
  },
  {
    id: 'light-vs-bare',
    description:
      'lightest procedure (system.info, anonymous) ≥ 50 % of bare-Hono requests/s (50 connections)',
    unit: '%',
    limit: 50,
    kind: 'min',
    columns: ['postgres', 'pglite'],
    actual: (m, c) => {
      const r = ratio(find(m, 'a', 'system.info anonymous rps c50', c), find(m, 'a', 'bare hono rps c50', c));
      return r === null ? null : r * 100;
    },
  },
  {
    id: 'scoring-history',
    description: 'tenant-month scoring with 100× history ≤ 2× the 1× time',
    unit: '×',
    limit: 2,
    kind: 'max',
    columns: ['postgres', 'pglite'],
    actual: (m, c) => ratio(find(m, 'c', 'tenant-month 100× ms', c), find(m, 'c', 'tenant-month 1× ms', c)),
  },
  {
    id: 'sync-1000',
    description: '1,000 results synced in one submission ≤ 2 s',
    unit: 'ms',
    limit: 2000,
    kind: 'max',
    columns: ['postgres', 'pglite'],
    actual: (m, c) => find(m, 'd', 'submit 1,000 results ms', c),
  },
  {
    id: 'embedded-start',
    description: 'embedded start on an existing folder ≤ 5 s (to the first /health 200)',
    unit: 'ms',
    limit: 5000,
    kind: 'max',
    columns: ['pglite'],
    actual: (m, c) => find(m, 'e', 'server start, existing folder ms', c),
  },
  {
    id: 'initial-js',
    description: 'web app initial JavaScript ≤ 100 KB gzip',
    unit: 'KB',
    limit: 100,
    kind: 'max',
    columns: ['-'],
    actual: (m, c) => find(m, 'f', 'web initial JS gzip KB', c),
  },
  {
    id: 'worker-bundle',
    description: 'Worker bundle ≤ 1 MiB gzip',
    unit: 'KB',
    limit: 1024,
    kind: 'max',
    columns: ['-'],
    actual: (m, c) => find(m, 'f', 'worker bundle gzip KB', c),
  },
];

export function evaluateTargets(measurements: readonly Measurement[], defs = TARGETS): TargetResult[] {
  return defs.flatMap((t) =>
    t.columns.map((column) => {
      const actual = t.actual(measurements, column);
      const met = actual === null ? null : t.kind === 'max' ? actual <= t.limit : actual >= t.limit;
      return { id: t.id, description: t.description, column, actual, limit: t.limit, unit: t.unit, met };
    }),
  );
}

const fmt = (v: number | null) =>
  v === null ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);

/** The side-by-side table: one row per measurement name, one column per database. */
export function formatTable(measurements: readonly Measurement[], targets: readonly TargetResult[]): string {
  const rank = (c: string) => (c === 'postgres' ? 0 : c === 'pglite' ? 1 : 2);
  const columns = [...new Set(measurements.map((m) => m.column))].sort((a, b) => rank(a) - rank(b));
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const m of measurements) {
    const key = `${m.section}|${m.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push([
      m.section,
      `${m.name}${m.unit && !m.name.endsWith(m.unit) ? ` (${m.unit})` : ''}`,
      ...columns.map((c) => fmt(find(measurements, m.section, m.name, c))),
    ]);
  }
  const header = ['', 'measurement', ...columns];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), '', 'Targets:'];
  for (const t of targets) {
    const verdict = t.met === null ? 'NOT MEASURED' : t.met ? 'met' : 'MISSED';
    out.push(
      `  [${verdict}] ${t.description} — ${t.column}: ${fmt(t.actual)} ${t.unit} (limit ${t.limit} ${t.unit})`,
    );
  }
  return out.join('\n');
}

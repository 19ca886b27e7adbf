import { describe, expect, it } from 'vitest';
import { evaluateTargets, formatTable, type Measurement } from './report.ts';

const m = (section: string, name: string, column: string, value: number, unit = 'ms'): Measurement => ({
  section,
  name,
  column,
  value,
  unit,
});

describe('bench report', () => {
  const measurements = [
    m('a', 'bare hono rps c50', 'postgres', 10_000, 'req/s'),
    m('a', 'system.info anonymous rps c50', 'postgres', 6_000, 'req/s'),
    m('b', 'contracts.get api/sql p50', 'postgres', 9, '×'),
    m('b', 'scores.month api/sql p50', 'postgres', 1.2, '×'),
    m('b', 'inspections.list api/sql p50', 'postgres', 1.7, '×'),
    m('c', 'tenant-month 1× ms', 'postgres', 10),
    m('c', 'tenant-month 100× ms', 'postgres', 15),
    m('d', 'submit 1,000 results ms', 'postgres', 2500),
    m('f', 'web initial JS gzip KB', '-', 80, 'KB'),
  ];

  it('evaluates every target per column: met, missed, or not measured', () => {
    const targets = evaluateTargets(measurements);
    const get = (id: string, column: string) => targets.find((t) => t.id === id && t.column === column)!;
    expect(get('light-vs-bare', 'postgres')).toMatchObject({ actual: 60, met: true });
    // the worst heavy read decides; a light read is shown but not held to it
    expect(get('reads-vs-sql', 'postgres')).toMatchObject({ actual: 1.7, met: false });
    expect(get('scoring-history', 'postgres')).toMatchObject({ actual: 1.5, met: true });
    expect(get('sync-1000', 'postgres').met).toBe(false);
    expect(get('initial-js', '-').met).toBe(true);
    expect(get('worker-bundle', '-')).toMatchObject({ actual: null, met: null });
    expect(get('light-vs-bare', 'pglite').met).toBeNull();
  });

  it('prints one row per measurement with the databases side by side, then the verdicts', () => {
    const text = formatTable(
      [...measurements, m('a', 'bare hono rps c50', 'pglite', 9_000, 'req/s')],
      evaluateTargets(measurements),
    );
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/measurement\s+postgres\s+pglite/);
    expect(text).toMatch(/bare hono rps c50 \(req\/s\)\s+10000\s+9000/);
    expect(text).toMatch(/system\.info anonymous rps c50 \(req\/s\)\s+6000\s+—/);
    expect(text).toContain('[MISSED] 1,000 results synced in one submission ≤ 2 s — postgres: 2500 ms');
    expect(text).toContain('[NOT MEASURED] Worker bundle');
  });
});

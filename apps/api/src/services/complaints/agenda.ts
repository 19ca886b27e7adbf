import type { AgendaItem } from './types.ts';

export interface AgendaSourceRow {
  serviceLineId: string | null;
  category: string;
  siteId: string | null;
  /** true when the complaint falls in the meeting's period, false when in the period before */
  current: boolean;
}

/**
 * The joint meeting's agenda (R8): complaints of the period grouped by service line, category and site,
 * most reported first, each with the count of the period before for the trend. Pure and deterministic:
 * ties are broken by the group's key.
 */
export function buildAgenda(rows: readonly AgendaSourceRow[], limit = 10): AgendaItem[] {
  const groups = new Map<string, AgendaItem>();
  for (const r of rows) {
    const key = `${r.serviceLineId ?? ''}|${r.category}|${r.siteId ?? ''}`;
    const g = groups.get(key) ?? {
      serviceLineId: r.serviceLineId,
      category: r.category,
      siteId: r.siteId,
      count: 0,
      previousCount: 0,
    };
    if (r.current) g.count++;
    else g.previousCount++;
    groups.set(key, g);
  }
  const keyOf = (g: AgendaItem) => `${g.serviceLineId ?? ''}|${g.category}|${g.siteId ?? ''}`;
  return [...groups.values()]
    .filter((g) => g.count > 0)
    .sort(
      (a, b) =>
        b.count - a.count ||
        b.count - b.previousCount - (a.count - a.previousCount) ||
        keyOf(a).localeCompare(keyOf(b)),
    )
    .slice(0, limit);
}

export function trendOf(item: Pick<AgendaItem, 'count' | 'previousCount'>): 'up' | 'down' | 'same' {
  return item.count > item.previousCount ? 'up' : item.count < item.previousCount ? 'down' : 'same';
}

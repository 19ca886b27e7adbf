import { applyOverlay } from '@steward/plugin-sdk';
import { expect, it } from 'vitest';
import { installedPlugins } from '../../plugins.ts';
import { assigneeFor, buildPlans } from './build.ts';
import { tenantCalendar } from './calendar.ts';
import type { SchedulableLine } from './lines.ts';
import { sampleVisits } from './spot.ts';

const security = installedPlugins().get('security')!.plugin;
const lines = new Map<string, SchedulableLine>([
  [
    'security',
    { pluginId: 'security', version: security.version, resolved: applyOverlay(security, undefined).resolved },
  ],
]);
const calendar = tenantCalendar({ timeZone: 'Asia/Shanghai', settings: {} });
const contract = {
  id: 'c1',
  code: 'C1',
  vendorId: 'v1',
  serviceLineIds: ['security'],
  siteIds: ['s1', 's2', 's3'],
  startsOn: '2026-01-01',
  endsOn: '2027-12-31',
};
const spots = (tenantId: string, from: string, to: string) =>
  buildPlans({
    tenantId,
    contracts: [contract],
    lines,
    assignments: [],
    calendar,
    from,
    to,
    spotSampleSize: 4,
  })
    .filter((p) => p.kind === 'spot')
    .map((p) => ({ key: p.key, site: p.siteId, items: p.sampledItemCodes, day: p.periodStart }));

it('R14: the monthly spot check is the same for the same tenant and month, and differs for another month', () => {
  const october = spots('tenant-a', '2026-10-01', '2026-10-31');
  expect(october.length).toBeGreaterThan(0);
  expect(october.flatMap((p) => p.items)).toHaveLength(4);
  expect(spots('tenant-a', '2026-10-01', '2026-10-31')).toEqual(october);
  // A later run over a shorter window of the same month agrees on what it still plans.
  expect(spots('tenant-a', '2026-10-20', '2026-10-31')).toEqual(october);
  const november = spots('tenant-a', '2026-11-01', '2026-11-30');
  expect(november.map((p) => [p.site, p.items, p.day])).not.toEqual(
    october.map((p) => [p.site, p.items, p.day]),
  );
  const otherTenant = spots('tenant-b', '2026-10-01', '2026-10-31');
  expect(otherTenant.map((p) => [p.site, p.items, p.day])).not.toEqual(
    october.map((p) => [p.site, p.items, p.day]),
  );
  // Unannounced, but never on a day off.
  for (const p of october) expect(calendar.isWorkingDay(p.day)).toBe(true);
});

it('groups sampled (item, site) pairs into one visit per site, whatever order the inputs come in', () => {
  const a = sampleVisits(['i1', 'i2', 'i3'], ['s1', 's2'], 4, 42);
  expect(sampleVisits(['i3', 'i1', 'i2'], ['s2', 's1'], 4, 42)).toEqual(a);
  expect(a.flatMap((v) => v.itemCodes)).toHaveLength(4);
  expect(sampleVisits(['i1'], [null], 3, 1)).toEqual([{ siteId: null, itemCodes: ['i1'] }]);
});

it('assigns the site’s supervisor first, then the line’s, then one of the contract’s sites’ for a contract-wide plan', () => {
  const assignments = [
    { userId: 'u-site', serviceLineId: 'security', siteId: 's1' },
    { userId: 'u-line', serviceLineId: 'security', siteId: null },
    { userId: 'u-cat', serviceLineId: 'catering', siteId: 's2' },
  ];
  expect(assigneeFor(assignments, 'security', 's1')).toBe('u-site');
  expect(assigneeFor(assignments, 'security', 's2')).toBe('u-line');
  expect(assigneeFor(assignments, 'catering', null, ['s2'])).toBe('u-cat');
  expect(assigneeFor(assignments, 'catering', 's1', ['s1', 's2'])).toBeNull();
  expect(assigneeFor(assignments, 'fire', null)).toBeNull();
});

import { randomUUID } from 'node:crypto';
import { addMonths, isWorkingDay, localDate } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import { and, asc, isNotNull } from 'drizzle-orm';
import type { BlobStore } from '../blob/blob-store.ts';
import { contractMonth, type EvidenceBlob, emptyRows, type MonthContext } from '../generate/history.ts';
import { evidenceBlobs, flushHistory } from '../generate/index.ts';
import { complaintsOfMonth, type PublicRows } from '../generate/public.ts';
import { rngFor } from '../generate/random.ts';
import { GENERATED_LINES, type GeneratedContract, templatesOf } from '../generate/tenant.ts';
import { installedPlugins } from '../plugins.ts';
import { tenantCalendar } from '../services/rectifications/policy.ts';

/** Months of history before the current one: the dashboard's year, and the engine's look-back. */
export const DEMO_HISTORY_MONTHS = 12;
/** The last months (the current one included) whose patrols supervision-history.ts writes by hand. */
export const DEMO_CURATED_MONTHS = 3;
const SEED = 2026;
const TZ = 'Asia/Shanghai';

/**
 * Share of checklist items found nonconforming per line: the fire contractor is the best, the canteen the
 * weakest and slipping over the year (its surveys slip too), so the score charts tell a story.
 */
const FINDING_RATE: Record<string, (i: number) => number> = {
  security: () => 0.03,
  'conference-cleaning': () => 0.04,
  catering: (i) => 0.045 + 0.004 * i,
  elevator: () => 0.035,
  fire: () => 0.025,
};

/**
 * The demo agency's year with the scale generator's history writer (generate/history.ts): for the months
 * before the curated ones, patrols on working days at every site, the monthly joint inspection, the
 * semi-annual leadership inspection (June, December), vendor self-inspections, findings with photos,
 * notices long since verified (fixed, or partly fixed then fixed in round 2) and the odd bonus; for the
 * curated months everything but the patrols. Complaints, two per site and month, until three weeks ago
 * (complaints.ts covers the weeks since). The content depends only on `now`; ids are fresh.
 */
export async function seedDemoHistoryMonths(
  tx: Database,
  input: { tenantId: string; people: Record<string, string>; now: Date; blobs?: BlobStore },
): Promise<{ rows: Record<string, number>; blobs: EvidenceBlob[] }> {
  const { tenantId, people } = input;
  const registry = installedPlugins();
  const asOf = localDate(input.now.getTime(), TZ);
  const contracts = await tx
    .select()
    .from(schema.contracts)
    .where(tenantFilter(schema.contracts.tenantId, tenantId))
    .orderBy(asc(schema.contracts.code));
  const members = await tx
    .select({ userId: schema.memberships.userId, vendorId: schema.memberships.vendorId })
    .from(schema.memberships)
    .where(and(tenantFilter(schema.memberships.tenantId, tenantId), isNotNull(schema.memberships.vendorId)));
  const accountOf = new Map(members.map((m) => [m.vendorId, m.userId]));
  const generated: GeneratedContract[] = contracts.map((c) => ({
    id: c.id,
    code: c.code,
    vendorId: c.vendorId,
    contractorUserId: accountOf.get(c.vendorId) ?? people.contractor!,
    serviceLineId: c.serviceLineIds[0]!,
    siteIds: c.siteIds,
  }));
  const lines = GENERATED_LINES.filter((l) => generated.some((c) => c.serviceLineId === l));
  const templates = new Map(lines.map((id) => [id, templatesOf(registry, id)] as const));
  const snapshots = new Map([...templates.values()].flatMap((t) => [...t.values()]).map((s) => [s.hash, s]));
  await tx
    .insert(schema.templateSnapshots)
    .values(
      [...snapshots.values()].map((s) => ({
        tenantId,
        hash: s.hash,
        pluginId: s.plugin.id,
        pluginVersion: s.plugin.version,
        templateCode: s.template.code,
        content: s,
      })),
    )
    .onConflictDoNothing();
  const blobs = await evidenceBlobs(tenantId, input.blobs);
  const siteIds = [...new Set(contracts.flatMap((c) => c.siteIds))];
  const base = {
    tenantId,
    people: { ...people, supervisor2: people.supervisor! },
    siteIds,
    contracts: generated,
    templates,
  };
  const calendar = tenantCalendar({ timeZone: TZ, settings: {} });
  const rows: Record<string, number> = {};
  const h = emptyRows();
  const p: PublicRows = { complaints: [], events: [] };
  const first = addMonths(`${asOf.slice(0, 7)}-01`, -DEMO_HISTORY_MONTHS);
  for (let i = 0; i <= DEMO_HISTORY_MONTHS; i++) {
    const month = addMonths(first, i).slice(0, 7);
    const curated = i > DEMO_HISTORY_MONTHS - DEMO_CURATED_MONTHS;
    // The content comes from a stream per month; ids are random, so a second demo tenant never collides.
    const rng = { ...rngFor(SEED, `demo/${month}`), uuid: randomUUID };
    const ctx: MonthContext = {
      base,
      rng,
      timeZone: TZ,
      month,
      asOf,
      blobs,
      patrolsPerSite: curated ? 0 : 3,
      settled: true,
      isWorkingDay: (day) => isWorkingDay(calendar, day),
    };
    const quality = rngFor(SEED, `demo/quality/${month}`);
    for (const contract of generated) {
      const rate = (FINDING_RATE[contract.serviceLineId] ?? (() => 0.03))(i) * (0.5 + quality.next());
      contractMonth(ctx, h, { ...contract, findingRate: rate });
    }
    if (i < DEMO_HISTORY_MONTHS) complaintsOfMonth(base, rng, p, { month, asOf, timeZone: TZ });
  }
  // The last three weeks' complaints are complaints.ts's, in every state; the generated ones end before.
  const cutoff = input.now.getTime() - 21 * 86_400_000;
  const kept = p.complaints.filter((c) => c.receivedAt.getTime() < cutoff);
  const ids = new Set(kept.map((c) => c.id));
  await flushHistory(
    tx,
    h,
    { complaints: kept, events: p.events.filter((e) => ids.has(e.complaintId)) },
    rows,
  );
  return { rows, blobs };
}

import { localDate } from '@steward/core';
import { type Database, schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../consequence-engine/persist.ts';
import { shiftMonth } from '../scores/month.ts';
import { generateBulletinContent } from './content.ts';

const { bulletins } = schema;
type Tenant = typeof schema.tenants.$inferSelect;

/**
 * R18 "every month": the daily run drafts last month's bulletin once (never touching an existing one), for
 * a supervisor to edit and a leader to publish.
 */
export async function draftLastMonthsBulletin(
  tx: Database,
  tenant: Tenant,
  actor: Actor,
  registry: PluginRegistry,
) {
  const month = shiftMonth(localDate(actor.now.getTime(), tenant.timeZone).slice(0, 7), -1);
  const [existing] = await tx
    .select({ id: bulletins.id })
    .from(bulletins)
    .where(and(tenantFilter(bulletins.tenantId, tenant.id), eq(bulletins.month, month)));
  if (existing) return null;
  const content = await generateBulletinContent(tx, tenant, month, registry);
  if (content.rankings.length === 0) return null;
  const [row] = await tx
    .insert(bulletins)
    .values({
      tenantId: tenant.id,
      month,
      title: `${month.slice(0, 4)}年${Number(month.slice(5))}月后勤服务监管通报`,
      content: content as unknown as Record<string, unknown>,
      generatedAt: actor.now,
      generatedBy: actor.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (row) {
    await actor.audit({
      action: 'bulletin.generate',
      entity: 'bulletin',
      entityId: row.id,
      after: { month, totals: content.totals },
    });
  }
  return row ?? null;
}

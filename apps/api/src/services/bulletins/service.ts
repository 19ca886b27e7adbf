import { ConflictError, NotFoundError, PreconditionError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import type { PluginRegistry } from '@steward/plugin-sdk';
import { and, desc, eq } from 'drizzle-orm';
import { notifyVendor } from '../consequence-engine/notify.ts';
import type { SupervisionCtx } from '../rectifications/context.ts';
import { type BulletinContent, generateBulletinContent } from './content.ts';

const { bulletins } = schema;
type Ctx = SupervisionCtx & { plugins: PluginRegistry };
type Row = typeof bulletins.$inferSelect;

const titleOf = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月后勤服务监管通报`;

/** Published bulletins are the same for everyone: vendors see the whole ranking (R18 praise and criticism). */
function forReader(_ctx: SupervisionCtx, row: Row) {
  return { ...row, content: row.content as unknown as BulletinContent };
}

/** Managers see drafts and published bulletins; everyone else published ones only (R15: published online). */
export async function listBulletins(ctx: SupervisionCtx, canManage: boolean) {
  const where = [tenantFilter(bulletins.tenantId, ctx.scope.tenantId)];
  if (!canManage) where.push(eq(bulletins.status, 'published'));
  const rows = await ctx.tx
    .select({
      id: bulletins.id,
      month: bulletins.month,
      title: bulletins.title,
      status: bulletins.status,
      generatedAt: bulletins.generatedAt,
      publishedAt: bulletins.publishedAt,
    })
    .from(bulletins)
    .where(and(...where))
    .orderBy(desc(bulletins.month))
    .limit(120);
  return rows;
}

export async function getBulletin(ctx: SupervisionCtx, id: string, canManage: boolean) {
  const [row] = await ctx.tx
    .select()
    .from(bulletins)
    .where(and(tenantFilter(bulletins.tenantId, ctx.scope.tenantId), eq(bulletins.id, id)));
  if (!row || (!canManage && row.status !== 'published')) throw new NotFoundError();
  return forReader(ctx, row);
}

/** Generates (or regenerates) the month's draft from the records; a published bulletin never changes. */
export async function generateBulletin(ctx: Ctx, month: string) {
  const content = await generateBulletinContent(ctx.tx, ctx.tenant, month, ctx.plugins);
  const [existing] = await ctx.tx
    .select()
    .from(bulletins)
    .where(and(tenantFilter(bulletins.tenantId, ctx.scope.tenantId), eq(bulletins.month, month)));
  if (existing?.status === 'published') throw new ConflictError('bulletin.published');
  const values = {
    content: content as unknown as Record<string, unknown>,
    generatedAt: ctx.now,
    generatedBy: ctx.scope.userId,
  };
  const [row] = existing
    ? await ctx.tx
        .update(bulletins)
        .set({ ...values, version: existing.version + 1 })
        .where(eq(bulletins.id, existing.id))
        .returning()
    : await ctx.tx
        .insert(bulletins)
        .values({ ...values, tenantId: ctx.scope.tenantId, month, title: titleOf(month) })
        .returning();
  await ctx.audit({
    action: existing ? 'bulletin.regenerate' : 'bulletin.generate',
    entity: 'bulletin',
    entityId: row!.id,
    after: { month, totals: content.totals },
  });
  return row!;
}

export interface BulletinEdit {
  id: string;
  version: number;
  title: string;
  summary: string;
  measures: string;
}

/** Edits a draft's title, summary and improvement measures, with optimistic concurrency. */
export async function editBulletin(ctx: SupervisionCtx, input: BulletinEdit) {
  const [before] = await ctx.tx
    .select()
    .from(bulletins)
    .where(and(tenantFilter(bulletins.tenantId, ctx.scope.tenantId), eq(bulletins.id, input.id)));
  if (!before) throw new NotFoundError();
  if (before.status === 'published') throw new ConflictError('bulletin.published');
  if (before.version !== input.version) {
    if (
      before.title === input.title &&
      before.summary === input.summary &&
      before.measures === input.measures
    )
      return before;
    throw new ConflictError('bulletin.stale');
  }
  const [after] = await ctx.tx
    .update(bulletins)
    .set({
      title: input.title,
      summary: input.summary,
      measures: input.measures,
      version: before.version + 1,
    })
    .where(eq(bulletins.id, before.id))
    .returning();
  await ctx.audit({
    action: 'bulletin.edit',
    entity: 'bulletin',
    entityId: before.id,
    before: { title: before.title, summary: before.summary, measures: before.measures },
    after: { title: input.title, summary: input.summary, measures: input.measures },
  });
  return after!;
}

/** Publishes a draft (frozen from then on) and tells each ranked vendor through the outbox. */
export async function publishBulletin(ctx: SupervisionCtx, id: string) {
  const [before] = await ctx.tx
    .select()
    .from(bulletins)
    .where(and(tenantFilter(bulletins.tenantId, ctx.scope.tenantId), eq(bulletins.id, id)));
  if (!before) throw new NotFoundError();
  if (before.status === 'published') return before;
  const content = before.content as unknown as BulletinContent;
  if (content.rankings.length === 0) throw new PreconditionError('bulletin.empty');
  const [after] = await ctx.tx
    .update(bulletins)
    .set({ status: 'published', publishedAt: ctx.now, publishedBy: ctx.scope.userId })
    .where(eq(bulletins.id, id))
    .returning();
  for (const r of content.rankings) {
    await notifyVendor(ctx.tx, ctx.scope.tenantId, r.contractId, 'bulletin_published', {
      bulletinId: id,
      month: before.month,
      title: before.title,
      rank: r.rank,
    });
  }
  await ctx.audit({
    action: 'bulletin.publish',
    entity: 'bulletin',
    entityId: id,
    before: { status: 'draft' },
    after: { status: 'published', month: before.month },
  });
  return after!;
}

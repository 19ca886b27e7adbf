import { schema } from '@steward/db';
import type { AppDeps } from '../deps.ts';

/**
 * THE place where demo data is created: `npm start` calls this on an empty embedded database. Each
 * feature adds its part of the demo agency here (kept in separate files as it grows), so a newcomer's
 * first screen always has something meaningful on it.
 */
export async function seedDemoIfEmpty(deps: Pick<AppDeps, 'db' | 'logger'>): Promise<{ seeded: boolean }> {
  const existing = await deps.db.select({ id: schema.tenants.id }).from(schema.tenants).limit(1);
  if (existing.length > 0) return { seeded: false };
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(schema.tenants)
      .values({ name: '示范市机关事务管理局', region: '示范市', timeZone: 'Asia/Shanghai' });
  });
  deps.logger.info('demo agency created');
  return { seeded: true };
}

import { addMonths, localDate } from '@steward/core';
import type { Database } from '@steward/db';
import { installedPlugins } from '../plugins.ts';
import { defaultHorizon, generatePlansForTenant } from '../services/plans/generate.ts';

/**
 * The demo agency's inspection plans: from the first day of last month to the end of next month, from
 * the contracts, lines and supervisor assignments seeded before. Later demo steps that record past
 * inspections can point them at these plans (inspections.plan_id); the scheduler, which runs at start,
 * then marks them done and marks the rest of the past as missed.
 */
export async function seedDemoPlans(tx: Database, input: { tenantId: string; now: Date }) {
  const today = localDate(input.now.getTime(), 'Asia/Shanghai');
  const from = addMonths(`${today.slice(0, 7)}-01`, -1);
  return generatePlansForTenant(tx, input.tenantId, {
    now: input.now,
    registry: installedPlugins(),
    from,
    to: defaultHorizon(today).to,
  });
}

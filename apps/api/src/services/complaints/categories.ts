import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import type { ComplaintCtx } from './context.ts';
import { type ComplaintCategory, complaintCategories, complaintPolicyOf } from './policy.ts';

const { tenantServiceLines } = schema;

/** The tenant's categories: its enabled service lines (named by their plugins), extras, and "other". */
export async function loadCategories(ctx: Pick<ComplaintCtx, 'tx' | 'tenantId' | 'tenant' | 'plugins'>) {
  const rows = await ctx.tx
    .select({ pluginId: tenantServiceLines.pluginId })
    .from(tenantServiceLines)
    .where(
      and(tenantFilter(tenantServiceLines.tenantId, ctx.tenantId), eq(tenantServiceLines.enabled, true)),
    );
  // A tenant that has not set up its catalogue yet still gets every installed line to choose from.
  const ids = rows.length > 0 ? [...new Set(rows.map((r) => r.pluginId))].sort() : [...ctx.plugins.ids()];
  const lines = ids.map((id) => {
    const name = ctx.plugins.get(id)?.plugin.name;
    return { id, zh: name?.zh ?? id, en: name?.en ?? id };
  });
  return complaintCategories(lines, complaintPolicyOf(ctx.tenant.settings));
}

export function categoryLabel(categories: readonly ComplaintCategory[], code: string) {
  return categories.find((c) => c.code === code) ?? { code, zh: code, en: code, serviceLineId: null };
}

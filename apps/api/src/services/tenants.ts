import type { Role } from '@steward/access';
import { type AuditEvent, appendAudit, type Database, inTenant, schema } from '@steward/db';
import { eq, sql } from 'drizzle-orm';
import { createInvitation } from './invitations.ts';

const { tenants } = schema;

export interface NewTenant {
  name: string;
  region?: string;
  timeZone?: string;
  locale?: string;
}

/**
 * Creates a tenant and invites its first admin. Runs inside a platform transaction (`asPlatform`), the
 * only context RLS lets create tenants; the invitation is written inside the new tenant's own context.
 */
export async function createTenantWithAdmin(
  tx: Database,
  input: NewTenant & {
    adminEmail: string;
    adminName: string;
    operatorUserId: string | null;
    now: Date;
    publicOrigin: string;
  },
) {
  const [tenant] = await tx
    .insert(tenants)
    .values({
      name: input.name,
      region: input.region ?? '',
      timeZone: input.timeZone ?? 'Asia/Shanghai',
      locale: input.locale ?? 'zh-CN',
    })
    .returning();
  if (!tenant) throw new Error('tenant insert returned nothing');
  const scope = { tenantId: tenant.id, userId: input.operatorUserId };
  await switchTenant(tx, tenant.id);
  await appendAudit(tx, scope, input.now, {
    action: 'tenant.create',
    entity: 'tenant',
    entityId: tenant.id,
    after: { name: tenant.name, region: tenant.region },
    actorKind: 'operator',
  } satisfies AuditEvent);
  const invitation = await createInvitation(tx, scope, {
    email: input.adminEmail,
    displayName: input.adminName,
    roles: ['admin'] satisfies Role[],
    invitedBy: input.operatorUserId,
    now: input.now,
    publicOrigin: input.publicOrigin,
    actorKind: 'operator',
  });
  return { tenant, invitation };
}

/** Moves the current transaction's tenant context (provisioning writes into a tenant it just made). */
async function switchTenant(tx: Database, tenantId: string) {
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId}, true)`);
}

export function getTenant(db: Database, tenantId: string) {
  return inTenant(db, { tenantId, userId: null }, async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
    return tenant ?? null;
  });
}

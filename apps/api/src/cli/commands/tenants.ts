import { asPlatform, type Database, schema } from '@steward/db';
import { asc, sql } from 'drizzle-orm';
import { readNodeServerConfig } from '../../node/config.ts';
import { createTenantWithAdmin } from '../../services/tenants.ts';
import { type CliIo, requireOption, UsageError } from '../io.ts';

export async function tenantsCommand(
  db: Database,
  args: string[],
  options: Map<string, string | true>,
  io: CliIo,
) {
  const [sub] = args;
  if (sub === 'list') {
    const rows = await asPlatform(db, null, (tx) =>
      tx
        .select({
          id: schema.tenants.id,
          name: schema.tenants.name,
          region: schema.tenants.region,
          createdAt: schema.tenants.createdAt,
        })
        .from(schema.tenants)
        .orderBy(asc(schema.tenants.name)),
    );
    io.result(rows, () => {
      if (rows.length === 0)
        io.out(
          'No tenants yet. Create one: npm run steward -- tenants create --name … --admin-email … --admin-name …',
        );
      for (const t of rows) io.out(`${t.id}  ${t.name}${t.region ? ` (${t.region})` : ''}`);
    });
    return 0;
  }
  if (sub === 'create') {
    const name = requireOption(options, 'name');
    const adminEmail = requireOption(options, 'admin-email');
    const adminName = requireOption(options, 'admin-name');
    const region = typeof options.get('region') === 'string' ? (options.get('region') as string) : '';
    const { tenant, invitation } = await asPlatform(db, null, async (tx) => {
      const created = await createTenantWithAdmin(tx, {
        name,
        region,
        adminEmail,
        adminName,
        operatorUserId: null,
        now: new Date(),
        publicOrigin: readNodeServerConfig().publicOrigin,
      });
      await tx.execute(sql`select set_config('app.tenant_id', '', true)`);
      return created;
    });
    io.result(
      {
        tenantId: tenant.id,
        name: tenant.name,
        adminInvitationLink: invitation.link,
        expiresAt: invitation.expiresAt,
      },
      () => {
        io.out(`Created tenant ${tenant.name} (${tenant.id}).`);
        io.out(`Send this invitation link to ${adminEmail} (valid 7 days):\n  ${invitation.link}`);
      },
    );
    return 0;
  }
  throw new UsageError(
    'tenants list | tenants create --name <name> --admin-email <email> --admin-name <name> [--region <region>]',
  );
}

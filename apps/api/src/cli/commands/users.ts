import { isRole } from '@steward/access';
import { checkPasswordPolicy, hashPassword } from '@steward/auth';
import { asUser, type Database, inTenant, schema } from '@steward/db';
import { eq } from 'drizzle-orm';
import { deleteAllSessionsOfUser } from '../../auth/session-service.ts';
import { type CliIo, requireOption, UsageError } from '../io.ts';

const USAGE =
  'users create --email <email> --name <name> [--password-env <VAR>] [--operator] [--tenant <id> --roles admin,supervisor] | users disable --email <email> | users enable --email <email>';

export async function usersCommand(
  db: Database,
  args: string[],
  options: Map<string, string | true>,
  io: CliIo,
) {
  const [sub] = args;
  const email = requireOption(options, 'email').trim().toLowerCase();
  if (sub === 'create') {
    const name = requireOption(options, 'name');
    // The password comes from an environment variable, never from argv (which `ps` shows to everyone).
    const variable = options.get('password-env');
    const password = typeof variable === 'string' ? process.env[variable] : undefined;
    if (typeof variable === 'string' && !password)
      throw new UsageError(`environment variable ${variable} is empty`);
    if (password) {
      const policy = checkPasswordPolicy(password, { userInputs: [email, name] });
      if (!policy.ok) throw new UsageError(`password refused: ${policy.issues.map((i) => i.key).join(', ')}`);
    }
    const tenantId = options.get('tenant');
    const roles = String(options.get('roles') ?? '')
      .split(',')
      .filter(Boolean);
    const badRole = roles.find((r) => !isRole(r));
    if (badRole) throw new UsageError(`unknown role ${badRole}`);
    const user = await asUser(db, null, async (tx) => {
      const [row] = await tx
        .insert(schema.users)
        .values({
          email,
          displayName: name,
          passwordHash: password ? await hashPassword(password) : null,
          isPlatformOperator: options.get('operator') === true,
        })
        .returning({ id: schema.users.id });
      return row!;
    });
    if (typeof tenantId === 'string') {
      await inTenant(db, { tenantId, userId: null }, (tx) =>
        tx.insert(schema.memberships).values({ tenantId, userId: user.id, roles }),
      );
    }
    io.result({ userId: user.id, email, tenantId: tenantId ?? null, roles }, () =>
      io.out(
        `Created user ${email} (${user.id})${typeof tenantId === 'string' ? ` in tenant ${tenantId} as ${roles.join(', ')}` : ''}.`,
      ),
    );
    return 0;
  }
  if (sub === 'disable' || sub === 'enable') {
    const [user] = await asUser(db, null, (tx) =>
      tx
        .update(schema.users)
        .set({ disabledAt: sub === 'disable' ? new Date() : null })
        .where(eq(schema.users.email, email))
        .returning({ id: schema.users.id }),
    );
    if (!user) throw new UsageError(`no user with email ${email}`);
    if (sub === 'disable') await deleteAllSessionsOfUser(db, user.id);
    io.result({ userId: user.id, email, disabled: sub === 'disable' }, () =>
      io.out(
        sub === 'disable' ? `Disabled ${email}; every session of theirs has ended.` : `Enabled ${email}.`,
      ),
    );
    return 0;
  }
  throw new UsageError(USAGE);
}

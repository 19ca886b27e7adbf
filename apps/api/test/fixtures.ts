import type { Role } from '@steward/access';
import { hashPassword } from '@steward/auth';
import { type Database, schema } from '@steward/db';
import { createSession } from '../src/auth/session-service.ts';

/** Test passwords meet the policy; hashing them costs real scrypt time, so only sign-in tests use them. */
export const TEST_PASSWORD = 'correct horse battery staple 7';

export interface SeededUser {
  id: string;
  email: string;
  roles: Role[];
}

/**
 * Writes a tenant with one user per requested role straight into the database (as the test's owner
 * connection): set-up for tests whose subject is something else than provisioning.
 */
export async function seedTenant(
  db: Database,
  name: string,
  people: { email: string; roles: Role[]; displayName?: string; password?: boolean }[],
  options: { mfaRequiredRoles?: Role[] } = {},
) {
  // Second factors are exercised by the sign-in tests; elsewhere they would only slow set-up down.
  const settings = { mfaRequiredRoles: options.mfaRequiredRoles ?? [] };
  const [tenant] = await db.insert(schema.tenants).values({ name, settings }).returning();
  const users: Record<string, SeededUser> = {};
  for (const person of people) {
    const [user] = await db
      .insert(schema.users)
      .values({
        email: person.email,
        displayName: person.displayName ?? person.email.split('@')[0]!,
        passwordHash: person.password ? await hashPassword(TEST_PASSWORD) : null,
      })
      .returning();
    await db
      .insert(schema.memberships)
      .values({ tenantId: tenant!.id, userId: user!.id, roles: person.roles });
    users[person.email] = { id: user!.id, email: person.email, roles: person.roles };
  }
  return { tenant: tenant!, users };
}

/** A signed-in session without going through the password (fast); returns the Cookie header value. */
export async function cookieFor(db: Database, userId: string, tenantId: string | null, now = new Date()) {
  const { token } = await createSession(db, {
    userId,
    activeTenantId: tenantId,
    pendingMfa: false,
    userAgent: 'test',
    ip: '127.0.0.1',
    now,
  });
  return `__Host-steward_session=${token}`;
}

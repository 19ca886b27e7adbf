import { join } from 'node:path';
import { hashPassword } from '@steward/auth';
import { type Database, schema } from '@steward/db';
import { migratePglite, openPglite } from '@steward/db/node';

export interface Operator {
  email: string;
  password: string;
}

/**
 * A platform operator in a fresh embedded database, written before the server opens the folder (PGlite
 * allows one process at a time). Everything else the tests need is created through the API and the UI,
 * as a real agency would; demo data the server may add is never relied on.
 */
export async function seedOperator(dataDir: string, operator: Operator): Promise<void> {
  await seedDatabase(dataDir, async (db) => {
    await db.insert(schema.users).values({
      email: operator.email,
      displayName: 'Platform operator',
      passwordHash: await hashPassword(operator.password),
      isPlatformOperator: true,
    });
  });
}

/**
 * Writes a test file's records into its embedded database before the server opens the folder (PGlite
 * allows one process at a time): opened, brought up to date (the run's template is already migrated),
 * written, closed.
 */
export async function seedDatabase(dataDir: string, write: (db: Database) => Promise<void>): Promise<void> {
  const handle = await openPglite({ dataDir: join(dataDir, 'pglite') });
  try {
    await migratePglite(handle);
    await write(handle.db);
  } finally {
    await handle.close();
  }
}

export interface Person {
  email: string;
  name: string;
  roles: readonly string[];
}

/**
 * People of a tenant, each a user with one membership and the same password; a person with a vendor
 * (the contractor) belongs to that vendor. Their user ids by the keys given.
 */
export async function addPeople<K extends string>(
  db: Database,
  input: {
    tenantId: string;
    password: string;
    people: Record<K, Person>;
    vendorOf?: Partial<Record<K, string>>;
  },
): Promise<Record<K, string>> {
  const passwordHash = await hashPassword(input.password);
  const ids = {} as Record<K, string>;
  for (const key of Object.keys(input.people) as K[]) {
    const p = input.people[key];
    const [user] = await db
      .insert(schema.users)
      .values({ email: p.email, displayName: p.name, passwordHash })
      .returning();
    await db.insert(schema.memberships).values({
      tenantId: input.tenantId,
      userId: user!.id,
      roles: [...p.roles],
      vendorId: input.vendorOf?.[key] ?? null,
    });
    ids[key] = user!.id;
  }
  return ids;
}

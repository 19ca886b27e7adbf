import { join } from 'node:path';
import { hashPassword } from '@steward/auth';
import { schema } from '@steward/db';
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
  const handle = await openPglite({ dataDir: join(dataDir, 'pglite') });
  try {
    await migratePglite(handle);
    await handle.db.insert(schema.users).values({
      email: operator.email,
      displayName: 'Platform operator',
      passwordHash: await hashPassword(operator.password),
      isPlatformOperator: true,
    });
  } finally {
    await handle.close();
  }
}

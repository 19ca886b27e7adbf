import type { Database } from '@steward/db';
import type { PgTable } from 'drizzle-orm/pg-core';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest generated table. */
export const CHUNK_ROWS = 1000;

/** One multi-row INSERT per chunk: generating a year of history must not cost a round trip per row. */
export async function insertChunked<T extends PgTable>(
  tx: Database,
  table: T,
  rows: T['$inferInsert'][],
  chunk = CHUNK_ROWS,
): Promise<number> {
  for (let i = 0; i < rows.length; i += chunk) await tx.insert(table).values(rows.slice(i, i + chunk));
  return rows.length;
}

import { sql } from 'drizzle-orm';
import journal from '../migrations/meta/_journal.json' with { type: 'json' };
import type { Database } from './database.ts';
import { queryRows } from './rows.ts';

export interface MigrationStatus {
  /** Migrations recorded as applied in this database. */
  applied: number;
  /** Migrations shipped with this build. */
  expected: number;
  /** Tag of the newest migration shipped with this build, e.g. `0003_contracts`. */
  latest: string | null;
  upToDate: boolean;
}

/** Compares the migrations applied in the database with those this build ships. */
export async function migrationStatus(db: Database): Promise<MigrationStatus> {
  const [row] = await queryRows<{ applied: number }>(
    db,
    sql`
    select case when to_regclass('drizzle.__drizzle_migrations') is null then 0
      else (select count(*)::int from drizzle.__drizzle_migrations) end as applied`,
  );
  const applied = Number(row?.applied ?? 0);
  const expected = journal.entries.length;
  return { applied, expected, latest: journal.entries.at(-1)?.tag ?? null, upToDate: applied === expected };
}

import postgres from 'postgres';

/** The admin URL of the PostgreSQL server the database suites also run on; see the README. */
export const TEST_DATABASE_URL_VARIABLE = 'STEWARD_TEST_DATABASE_URL';

export function testPostgresUrl(): string | undefined {
  const url = process.env[TEST_DATABASE_URL_VARIABLE];
  if (url) return url;
  if (process.env.CI) {
    throw new Error(
      `${TEST_DATABASE_URL_VARIABLE} is not set, and CI must run the database suites on PostgreSQL too. ` +
        'Start PostgreSQL and set it, e.g. postgres://postgres@127.0.0.1:5432/postgres',
    );
  }
  return undefined;
}

/** The same server and credentials as `url`, another database. */
export function urlForDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function withAdmin<T>(url: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

import { randomBytes } from 'node:crypto';
import { migratePostgres } from '@steward/db/node';
import { TEST_DATABASE_URL_VARIABLE } from '@steward/db/testing';
import postgres from 'postgres';

export const MISSING_DATABASE_MESSAGE =
  `${TEST_DATABASE_URL_VARIABLE} is not set, so the Workers build cannot be tested in workerd against ` +
  'PostgreSQL. Start PostgreSQL and set it to an admin URL, e.g. ' +
  `${TEST_DATABASE_URL_VARIABLE}=postgres://postgres@127.0.0.1:5432/postgres`;

export function adminUrlFromEnv(): string | undefined {
  return process.env[TEST_DATABASE_URL_VARIABLE] || undefined;
}

export interface WorkersTestDatabase {
  readonly name: string;
  readonly url: string;
  dispose(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** A fresh database on the test server, migrated the way production is (`npm run db:migrate`). */
export async function createWorkersTestDatabase(adminUrl: string): Promise<WorkersTestDatabase> {
  const name = `steward_wrk_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (sql) => sql.unsafe(`create database ${name}`)).catch((error: unknown) => {
    throw new Error(`Cannot reach the test PostgreSQL at ${adminUrl}: ${String(error)}`);
  });
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const dispose = () =>
    withAdmin(adminUrl, (sql) => sql.unsafe(`drop database if exists ${name} with (force)`)).then(() => {});
  try {
    await migratePostgres(url);
  } catch (error) {
    await dispose();
    throw error;
  }
  return { name, url, dispose };
}

/**
 * Miniflare refuses a Hyperdrive connection string without a password. A placeholder is harmless: a
 * server that trusts local connections never asks for it, and one that does ask needed it in the URL anyway.
 */
export function hyperdriveUrl(url: string): string {
  const parsed = new URL(url);
  if (!parsed.password) parsed.password = 'unused';
  return parsed.toString();
}

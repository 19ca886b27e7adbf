import type { Database } from '@steward/db';
import { type SQL, sql } from 'drizzle-orm';

/** `set_config('role', …, true)` as the tenancy code does it today, or a plain SET [LOCAL] ROLE. */
const SWITCH = /set_config\('role'|\bset\s+(local\s+)?role\b/i;

/** Whether a statement is the one that switches a transaction to the application role. */
function switchesRole(query: unknown): boolean {
  const chunks = (query as SQL | undefined)?.queryChunks;
  return (
    Array.isArray(chunks) &&
    chunks.some((c) => {
      const text = (c as { value?: unknown }).value;
      return Array.isArray(text) && text.some((t) => typeof t === 'string' && SWITCH.test(t));
    })
  );
}

interface PipelinedClient {
  unsafe(query: string, parameters: unknown[], options: unknown): { execute(): Promise<unknown> };
}

/**
 * A drizzle transaction's postgres.js client whose role-switching statement is followed at once by
 * `reset role` (sent right behind it, so ahead of the transaction's work): the pipelined path of
 * `runAs` on PostgreSQL, sabotaged the same way as the awaited one below.
 */
function sabotagedSession(session: { client?: PipelinedClient }) {
  const client = session.client;
  if (!client || typeof client.unsafe !== 'function') return session;
  const unsafe = (query: string, parameters: unknown[], options: unknown) => {
    const statement = client.unsafe(query, parameters, options);
    if (!SWITCH.test(query)) return statement;
    return {
      execute() {
        const applied = statement.execute();
        const reset = client.unsafe('reset role', [], options).execute();
        return Promise.all([applied, reset]).then(([result]) => result);
      },
    };
  };
  return new Proxy(session, {
    get(target, prop) {
      if (prop !== 'client') return bound(target, prop);
      return new Proxy(client as object, {
        get: (c, p) => (p === 'unsafe' ? unsafe : bound(c, p)),
      });
    },
  });
}

function bound<T extends object>(target: T, prop: string | symbol) {
  const value = Reflect.get(target, prop, target);
  return typeof value === 'function' ? value.bind(target) : value;
}

/**
 * The database as a request would see it if the tenancy code forgot its `SET LOCAL ROLE`: every
 * transaction keeps the tenant settings but is put back to the connecting role (a superuser in the tests,
 * which row-level security does not stop). The isolation suite's own check that it would notice.
 */
export function withoutAppRole(db: Database): Database {
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') return bound(target, prop);
      return (fn: (tx: Database) => Promise<unknown>, config?: unknown) =>
        (target.transaction as (f: (tx: Database) => Promise<unknown>, c?: unknown) => Promise<unknown>)(
          (tx) =>
            fn(
              new Proxy(tx, {
                get(t, p) {
                  if (p === 'session')
                    return sabotagedSession(Reflect.get(t, p, t) as { client?: PipelinedClient });
                  if (p !== 'execute') return bound(t, p);
                  return async (query: SQL) => {
                    const result = await t.execute(query);
                    if (switchesRole(query)) await t.execute(sql`reset role`);
                    return result;
                  };
                },
              }),
            ),
          config,
        );
    },
  });
}

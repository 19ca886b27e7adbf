import { RateLimitedError } from '@steward/core';
import { asUser, type Database, schema } from '@steward/db';
import { eq, inArray, sql } from 'drizzle-orm';

const { publicRateLimits } = schema;

export interface WindowRule {
  limit: number;
  windowMs: number;
}

/** Public endpoints' limits: per IP (one abuser) and per tenant (a flood from many addresses). */
export const PUBLIC_LIMITS = {
  submitPerIp: { limit: 10, windowMs: 60 * 60_000 },
  submitPerTenant: { limit: 300, windowMs: 60 * 60_000 },
  trackPerIp: { limit: 60, windowMs: 10 * 60_000 },
  feedbackPerIp: { limit: 10, windowMs: 60 * 60_000 },
} as const satisfies Record<string, WindowRule>;

export interface WindowCounter {
  hits: number;
  windowStart: number;
}

export type WindowVerdict =
  | { allowed: true; next: WindowCounter }
  | { allowed: false; retryAfterSeconds: number };

/** Fixed window: `limit` hits per window; the window restarts at the first hit after it ends. */
export function hitWindow(counter: WindowCounter | null, rule: WindowRule, now: number): WindowVerdict {
  if (!counter || now - counter.windowStart >= rule.windowMs) {
    return { allowed: true, next: { hits: 1, windowStart: now } };
  }
  if (counter.hits >= rule.limit) {
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((counter.windowStart + rule.windowMs - now) / 1000)),
    };
  }
  return { allowed: true, next: { hits: counter.hits + 1, windowStart: counter.windowStart } };
}

/**
 * Counts one hit against every key, in its own committed transaction (like the sign-in throttle), so a
 * refused or failing request still counts. Throws RateLimitedError with the longest wait when any key is
 * over its limit; nothing is counted then.
 */
export async function consumePublicLimits(
  db: Database,
  hits: readonly { key: string; rule: WindowRule }[],
  now: Date,
): Promise<void> {
  const t = now.getTime();
  const verdict = await asUser(db, null, async (tx) => {
    const keys = hits.map((h) => h.key).sort();
    for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    const rows = await tx.select().from(publicRateLimits).where(inArray(publicRateLimits.key, keys));
    const results = hits.map((h) => {
      const row = rows.find((r) => r.key === h.key);
      const counter = row ? { hits: row.hits, windowStart: row.windowStart.getTime() } : null;
      return { key: h.key, verdict: hitWindow(counter, h.rule, t) };
    });
    const refused = results.filter((r) => !r.verdict.allowed);
    if (refused.length > 0) {
      return Math.max(...refused.map((r) => (r.verdict.allowed ? 0 : r.verdict.retryAfterSeconds)));
    }
    for (const r of results) {
      if (!r.verdict.allowed) continue;
      const values = {
        key: r.key,
        hits: r.verdict.next.hits,
        windowStart: new Date(r.verdict.next.windowStart),
      };
      await tx
        .insert(publicRateLimits)
        .values(values)
        .onConflictDoUpdate({ target: publicRateLimits.key, set: values });
    }
    return 0;
  });
  if (verdict > 0) throw new RateLimitedError(verdict);
}

/** Test and operator helper: forget one key's counter. */
export async function resetPublicLimit(db: Database, key: string): Promise<void> {
  await asUser(db, null, (tx) => tx.delete(publicRateLimits).where(eq(publicRateLimits.key, key)));
}

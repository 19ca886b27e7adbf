import { RateLimitedError } from '@steward/core';
import { asUser, type Database, schema } from '@steward/db';
import { sql } from 'drizzle-orm';

const { publicRateLimits } = schema;

export interface RateRule {
  limit: number;
  windowSeconds: number;
}

/**
 * Survey links are public. Opening and submitting share one counter per IP (generous: a whole office may
 * sit behind one address); asking the poster for a fresh one-time invitation has a tighter one.
 */
export const SURVEY_RATE_RULES = {
  view: { limit: 300, windowSeconds: 600 },
  claim: { limit: 30, windowSeconds: 3600 },
} as const satisfies Record<string, RateRule>;

/**
 * Fixed-window counter in Postgres, counted in its own committed transaction (a refused request must
 * still count), in one upsert so parallel requests cannot slip past. Throws RateLimitedError when over.
 */
export async function hitRateLimit(db: Database, key: string, rule: RateRule, now: Date): Promise<void> {
  const nowIso = now.toISOString();
  const expired = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const [row] = await asUser(db, null, (tx) =>
    tx
      .insert(publicRateLimits)
      .values({ key, hits: 1, windowStart: now })
      .onConflictDoUpdate({
        target: publicRateLimits.key,
        set: {
          hits: sql`case when ${publicRateLimits.windowStart} <= ${expired}::timestamptz then 1 else ${publicRateLimits.hits} + 1 end`,
          windowStart: sql`case when ${publicRateLimits.windowStart} <= ${expired}::timestamptz then ${nowIso}::timestamptz else ${publicRateLimits.windowStart} end`,
        },
      })
      .returning({ hits: publicRateLimits.hits, windowStart: publicRateLimits.windowStart }),
  );
  if (row && row.hits > rule.limit) {
    const endsAt = row.windowStart.getTime() + rule.windowSeconds * 1000;
    throw new RateLimitedError(Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)));
  }
}

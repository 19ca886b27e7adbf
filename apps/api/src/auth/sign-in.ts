import {
  accountThrottleKey,
  checkLoginThrottle,
  DEFAULT_LOGIN_THROTTLE_POLICY,
  dummyPasswordHash,
  hashPassword,
  ipThrottleKey,
  type LoginFailureCounter,
  recordLoginFailure,
  verifyPassword,
} from '@steward/auth';
import { RateLimitedError, UnauthenticatedError } from '@steward/core';
import { asUser, type Database, schema } from '@steward/db';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';

const { users, loginFailures, memberships } = schema;

export interface SignInResult {
  userId: string;
  activeTenantId: string | null;
  pendingMfa: boolean;
}

type Outcome = { ok: true; result: SignInResult } | { ok: false; error: Error };

/**
 * Password sign-in with per-account and per-IP throttling (ASVS 6.3.1). The throttle counters are
 * locked for the whole attempt, so parallel guesses cannot slip past one check; the verdict is thrown
 * only after the transaction has committed the failure count.
 */
export async function signInWithPassword(
  db: Database,
  input: { email: string; password: string; ip: string; now: Date },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const keys = { account: accountThrottleKey(email), ip: ipThrottleKey(input.ip) };
  const now = input.now.getTime();
  const outcome = await asUser(db, null, async (tx): Promise<Outcome> => {
    for (const key of [keys.account, keys.ip].sort()) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    }
    const rows = await tx
      .select()
      .from(loginFailures)
      .where(inArray(loginFailures.key, [keys.account, keys.ip]));
    const counter = (key: string): LoginFailureCounter | null => {
      const row = rows.find((r) => r.key === key);
      return row
        ? {
            key,
            failures: row.failures,
            firstFailureAt: row.firstFailureAt.getTime(),
            lastFailureAt: row.lastFailureAt.getTime(),
          }
        : null;
    };
    const throttle = checkLoginThrottle({ account: counter(keys.account), ip: counter(keys.ip) }, now);
    if (!throttle.allowed) return { ok: false, error: new RateLimitedError(throttle.retryAfterSeconds) };

    const [user] = await tx.select().from(users).where(eq(users.email, email)).limit(1);
    // Unknown users cost the same hash as known ones, so timing does not reveal which accounts exist.
    const verification = await verifyPassword(input.password, user?.passwordHash ?? dummyPasswordHash());
    if (!user?.passwordHash || !verification.ok || user.disabledAt) {
      for (const [key, rule] of [
        [keys.account, DEFAULT_LOGIN_THROTTLE_POLICY.account],
        [keys.ip, DEFAULT_LOGIN_THROTTLE_POLICY.ip],
      ] as const) {
        const next = recordLoginFailure(counter(key), key, now, rule);
        const values = {
          key,
          failures: next.failures,
          firstFailureAt: new Date(next.firstFailureAt),
          lastFailureAt: new Date(next.lastFailureAt),
        };
        await tx
          .insert(loginFailures)
          .values(values)
          .onConflictDoUpdate({ target: loginFailures.key, set: values });
      }
      return { ok: false, error: new UnauthenticatedError('auth.invalid_credentials') };
    }
    // Success clears the account's counter only: clearing the IP's would let an attacker reset it.
    await tx.delete(loginFailures).where(eq(loginFailures.key, keys.account));
    if (verification.needsRehash) {
      await tx
        .update(users)
        .set({ passwordHash: await hashPassword(input.password) })
        .where(eq(users.id, user.id));
    }
    await tx.execute(sql`select set_config('app.user_id', ${user.id}, true)`);
    const [first] = await tx
      .select({ tenantId: memberships.tenantId })
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), isNull(memberships.disabledAt)))
      .orderBy(asc(memberships.createdAt))
      .limit(1);
    return {
      ok: true,
      result: {
        userId: user.id,
        activeTenantId: first?.tenantId ?? null,
        pendingMfa: user.totpSecret !== null,
      },
    };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

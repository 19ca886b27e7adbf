import { normalizeClientIp } from './ip-key.ts';

/**
 * Login throttling as a pure policy (OWASP Authentication Cheat Sheet; ASVS 6.3.1): failures are
 * counted per account, so a botnet spreading guesses over many IPs is still slowed, and per IP, so one
 * address spraying many accounts is too. Delays grow exponentially instead of locking the account,
 * which would hand anyone a way to lock a colleague out. The counters are rows in Postgres (the
 * Workers rate-limit binding is per location); this module defines their shape and the arithmetic.
 */
export interface ThrottleRule {
  /** Failures allowed before any delay. */
  freeFailures: number;
  /** Delay after the first failure beyond the free ones; doubles with each further failure. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  /** A counter with no new failure for this long counts from zero again (and may be deleted). */
  resetAfterSeconds: number;
}

export interface LoginThrottlePolicy {
  account: ThrottleRule;
  ip: ThrottleRule;
}

/**
 * Account: 5 free, then 30 s, 1, 2, 4, 8 min, capped at 15 min; forgotten after a quiet day. At the cap
 * that is under 100 guesses a day against 12+ character passwords with a blocklist.
 * IP: generous (an agency's staff may share one NAT address): 30 free, then 10 s doubling to 10 min;
 * forgotten after a quiet hour.
 */
export const DEFAULT_LOGIN_THROTTLE_POLICY: Readonly<LoginThrottlePolicy> = Object.freeze({
  account: Object.freeze({
    freeFailures: 5,
    baseDelaySeconds: 30,
    maxDelaySeconds: 15 * 60,
    resetAfterSeconds: 24 * 3600,
  }),
  ip: Object.freeze({
    freeFailures: 30,
    baseDelaySeconds: 10,
    maxDelaySeconds: 10 * 60,
    resetAfterSeconds: 3600,
  }),
});

/**
 * One row per key. Suggested table: `login_failure (key text primary key, failures integer not null,
 * first_failure_at timestamptz not null, last_failure_at timestamptz not null)`, not tenant-scoped
 * (sign-in happens before a tenant is known). Times here are epoch ms.
 */
export interface LoginFailureCounter {
  key: string;
  failures: number;
  firstFailureAt: number;
  lastFailureAt: number;
}

/**
 * The submitted login, normalized. Count it whether or not the account exists, so the throttle
 * behaves the same for unknown names and does not reveal which accounts exist.
 */
export function accountThrottleKey(login: string): string {
  return `account:${login.normalize('NFKC').trim().toLowerCase()}`;
}

/** 'ip:<IPv4>' or 'ip:<IPv6 /64>'; an unparsable address gets one shared bucket rather than none. */
export function ipThrottleKey(ip: string): string {
  return `ip:${normalizeClientIp(ip) ?? 'unknown'}`;
}

function isStale(counter: LoginFailureCounter, now: number, rule: ThrottleRule): boolean {
  return now - counter.lastFailureAt >= rule.resetAfterSeconds * 1000;
}

/** Seconds the delay lasts after `failures` failures (0 while within the free ones). */
export function delayAfterFailures(failures: number, rule: ThrottleRule): number {
  const excess = failures - rule.freeFailures;
  if (excess <= 0) return 0;
  // Cap the exponent so huge counts cannot overflow to Infinity before the min().
  return Math.min(rule.baseDelaySeconds * 2 ** Math.min(excess - 1, 40), rule.maxDelaySeconds);
}

/** Seconds until this counter allows another attempt (0 = now). */
export function retryAfterSeconds(
  counter: LoginFailureCounter | null,
  now: number,
  rule: ThrottleRule,
): number {
  if (counter === null || isStale(counter, now, rule)) return 0;
  const until = counter.lastFailureAt + delayAfterFailures(counter.failures, rule) * 1000;
  return until > now ? Math.ceil((until - now) / 1000) : 0;
}

export type LoginThrottleDecision =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; scope: 'account' | 'ip' };

/**
 * Call before checking the password; when refused, do not check it and do not count a failure.
 * Read the counters with SELECT ... FOR UPDATE (or a transaction-level advisory lock on the key) in
 * the transaction that verifies the password, so parallel guesses cannot all pass one check.
 */
export function checkLoginThrottle(
  counters: { account: LoginFailureCounter | null; ip: LoginFailureCounter | null },
  now: number,
  policy: LoginThrottlePolicy = DEFAULT_LOGIN_THROTTLE_POLICY,
): LoginThrottleDecision {
  const account = retryAfterSeconds(counters.account, now, policy.account);
  const ip = retryAfterSeconds(counters.ip, now, policy.ip);
  if (account === 0 && ip === 0) return { allowed: true };
  return account >= ip
    ? { allowed: false, retryAfterSeconds: account, scope: 'account' }
    : { allowed: false, retryAfterSeconds: ip, scope: 'ip' };
}

/**
 * The row to write after a failed attempt (both the account and the IP row). On success delete the
 * account row only: resetting the IP row would let an attacker clear it with their own account.
 */
export function recordLoginFailure(
  counter: LoginFailureCounter | null,
  key: string,
  now: number,
  rule: ThrottleRule,
): LoginFailureCounter {
  if (counter === null || isStale(counter, now, rule)) {
    return { key, failures: 1, firstFailureAt: now, lastFailureAt: now };
  }
  return { key, failures: counter.failures + 1, firstFailureAt: counter.firstFailureAt, lastFailureAt: now };
}

/** Rows a periodic clean-up may delete: quiet for longer than the rule's reset period. */
export function isCounterStale(counter: LoginFailureCounter, now: number, rule: ThrottleRule): boolean {
  return isStale(counter, now, rule);
}

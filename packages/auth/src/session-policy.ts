/**
 * Session lifetime rules (ASVS 5.0 7.3.1 inactivity, 7.3.2 absolute). Times are epoch milliseconds,
 * passed in: nothing here reads the clock.
 */
export interface SessionPolicy {
  /** A session unused for this long ends (ASVS 7.3.1). */
  inactivityTimeoutMs: number;
  /** A session ends this long after sign-in however active it is (ASVS 7.3.2). */
  absoluteTimeoutMs: number;
  /**
   * `lastVerifiedAt` is written back at most this often, so a busy user costs one UPDATE an hour,
   * not one per request. The price: the effective inactivity timeout lies between
   * `inactivityTimeoutMs - refreshIntervalMs` and `inactivityTimeoutMs`.
   */
  refreshIntervalMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * An admin web app used through a working day: 2 h idle (so 1-2 h effective, see refreshIntervalMs),
 * 12 h absolute, so one sign-in covers one working day and never carries over to the next.
 */
export const DEFAULT_SESSION_POLICY: Readonly<SessionPolicy> = Object.freeze({
  inactivityTimeoutMs: 2 * HOUR,
  absoluteTimeoutMs: 12 * HOUR,
  refreshIntervalMs: 1 * HOUR,
});

export interface SessionTimes {
  createdAt: number;
  lastVerifiedAt: number;
}

export type SessionEvaluation =
  | { status: 'valid'; expiresAt: number }
  /** Valid; the caller must store `lastVerifiedAt` and re-send the cookie with the new expiry. */
  | { status: 'refresh'; lastVerifiedAt: number; expiresAt: number }
  | { status: 'expired'; reason: 'inactivity' | 'absolute' };

export function assertSessionPolicy(policy: SessionPolicy): void {
  const { inactivityTimeoutMs, absoluteTimeoutMs, refreshIntervalMs } = policy;
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`session policy: ${name} must be > 0`);
  }
  if (refreshIntervalMs >= inactivityTimeoutMs) {
    throw new RangeError('session policy: refreshIntervalMs must be shorter than inactivityTimeoutMs');
  }
  if (inactivityTimeoutMs > absoluteTimeoutMs) {
    throw new RangeError('session policy: inactivityTimeoutMs must not exceed absoluteTimeoutMs');
  }
}

/** When the session ends if it is not used again. */
export function sessionExpiresAt(session: SessionTimes, policy: SessionPolicy = DEFAULT_SESSION_POLICY) {
  return Math.min(
    session.lastVerifiedAt + policy.inactivityTimeoutMs,
    session.createdAt + policy.absoluteTimeoutMs,
  );
}

export function evaluateSession(
  session: SessionTimes,
  now: number,
  policy: SessionPolicy = DEFAULT_SESSION_POLICY,
): SessionEvaluation {
  // Absolute first: it is the stronger statement and the one to show the user ("signed in too long").
  if (now >= session.createdAt + policy.absoluteTimeoutMs) return { status: 'expired', reason: 'absolute' };
  if (now >= session.lastVerifiedAt + policy.inactivityTimeoutMs) {
    return { status: 'expired', reason: 'inactivity' };
  }
  // A lastVerifiedAt slightly in the future (clock skew between instances) simply counts as fresh.
  if (now - session.lastVerifiedAt >= policy.refreshIntervalMs) {
    return {
      status: 'refresh',
      lastVerifiedAt: now,
      expiresAt: sessionExpiresAt({ createdAt: session.createdAt, lastVerifiedAt: now }, policy),
    };
  }
  return { status: 'valid', expiresAt: sessionExpiresAt(session, policy) };
}

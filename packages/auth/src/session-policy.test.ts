import { describe, expect, it } from 'vitest';
import {
  assertSessionPolicy,
  DEFAULT_SESSION_POLICY,
  evaluateSession,
  type SessionPolicy,
} from './session-policy.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2026, 0, 5, 1, 0, 0);

describe('evaluateSession with the defaults (2 h idle, 12 h absolute, hourly refresh)', () => {
  it('is valid right after sign-in and until the refresh interval', () => {
    const s = { createdAt: T0, lastVerifiedAt: T0 };
    expect(evaluateSession(s, T0)).toEqual({ status: 'valid', expiresAt: T0 + 2 * HOUR });
    expect(evaluateSession(s, T0 + HOUR - 1).status).toBe('valid');
  });

  it('asks for a refresh once an hour has passed since the last verification', () => {
    const s = { createdAt: T0, lastVerifiedAt: T0 };
    expect(evaluateSession(s, T0 + HOUR)).toEqual({
      status: 'refresh',
      lastVerifiedAt: T0 + HOUR,
      expiresAt: T0 + 3 * HOUR,
    });
  });

  it('expires after 2 h without verification (1 ms before is still fine)', () => {
    const s = { createdAt: T0, lastVerifiedAt: T0 };
    expect(evaluateSession(s, T0 + 2 * HOUR - 1).status).toBe('refresh');
    expect(evaluateSession(s, T0 + 2 * HOUR)).toEqual({ status: 'expired', reason: 'inactivity' });
  });

  it('expires 12 h after sign-in however active, and caps the refreshed expiry there', () => {
    const s = { createdAt: T0, lastVerifiedAt: T0 + 11 * HOUR };
    expect(evaluateSession(s, T0 + 11 * HOUR + 30 * MIN)).toEqual({
      status: 'valid',
      expiresAt: T0 + 12 * HOUR,
    });
    const later = { createdAt: T0, lastVerifiedAt: T0 + 10.5 * HOUR };
    expect(evaluateSession(later, T0 + 11.5 * HOUR)).toEqual({
      status: 'refresh',
      lastVerifiedAt: T0 + 11.5 * HOUR,
      expiresAt: T0 + 12 * HOUR,
    });
    expect(evaluateSession(s, T0 + 12 * HOUR)).toEqual({ status: 'expired', reason: 'absolute' });
  });

  it('reports absolute when both limits are passed', () => {
    expect(evaluateSession({ createdAt: T0, lastVerifiedAt: T0 }, T0 + 13 * HOUR)).toEqual({
      status: 'expired',
      reason: 'absolute',
    });
  });

  it('treats a lastVerifiedAt slightly in the future as fresh', () => {
    expect(evaluateSession({ createdAt: T0, lastVerifiedAt: T0 + 5_000 }, T0).status).toBe('valid');
  });

  it('follows a custom policy', () => {
    const policy: SessionPolicy = {
      inactivityTimeoutMs: 30 * MIN,
      absoluteTimeoutMs: 8 * HOUR,
      refreshIntervalMs: 5 * MIN,
    };
    const s = { createdAt: T0, lastVerifiedAt: T0 };
    expect(evaluateSession(s, T0 + 5 * MIN, policy).status).toBe('refresh');
    expect(evaluateSession(s, T0 + 30 * MIN, policy).status).toBe('expired');
  });
});

describe('assertSessionPolicy', () => {
  it('accepts the defaults', () => {
    expect(() => assertSessionPolicy(DEFAULT_SESSION_POLICY)).not.toThrow();
  });
  it.each([
    { inactivityTimeoutMs: HOUR, absoluteTimeoutMs: 12 * HOUR, refreshIntervalMs: HOUR },
    { inactivityTimeoutMs: 13 * HOUR, absoluteTimeoutMs: 12 * HOUR, refreshIntervalMs: HOUR },
    { inactivityTimeoutMs: 0, absoluteTimeoutMs: 12 * HOUR, refreshIntervalMs: HOUR },
    { inactivityTimeoutMs: Number.NaN, absoluteTimeoutMs: 12 * HOUR, refreshIntervalMs: HOUR },
  ])('rejects %o', (policy) => {
    expect(() => assertSessionPolicy(policy)).toThrow(RangeError);
  });
});

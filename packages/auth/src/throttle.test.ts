import { describe, expect, it } from 'vitest';
import {
  accountThrottleKey,
  checkLoginThrottle,
  delayAfterFailures,
  ipThrottleKey,
  isCounterStale,
  type LoginFailureCounter,
  DEFAULT_LOGIN_THROTTLE_POLICY as POLICY,
  recordLoginFailure,
} from './throttle.ts';

const T0 = 1_700_000_000_000;
const S = 1000;

function fail(times: number, key: string, rule = POLICY.account, start = T0, gapMs = 0) {
  let counter: LoginFailureCounter | null = null;
  for (let i = 0; i < times; i++) counter = recordLoginFailure(counter, key, start + i * gapMs, rule);
  return counter;
}

describe('delayAfterFailures', () => {
  it('is free for the first failures, then doubles up to the cap', () => {
    const delays = [1, 5, 6, 7, 8, 9, 10, 11, 12, 100, 1e9].map((n) => delayAfterFailures(n, POLICY.account));
    expect(delays).toEqual([0, 0, 30, 60, 120, 240, 480, 900, 900, 900, 900]);
  });
});

describe('checkLoginThrottle', () => {
  const key = accountThrottleKey('Zhang.Wei@Example.cn');

  it('allows with no counters and within the free failures', () => {
    expect(checkLoginThrottle({ account: null, ip: null }, T0)).toEqual({ allowed: true });
    expect(checkLoginThrottle({ account: fail(5, key), ip: null }, T0 + 1)).toEqual({ allowed: true });
  });

  it('delays per account after the 6th failure, for the right number of seconds', () => {
    const counter = fail(6, key)!;
    expect(counter).toEqual({ key, failures: 6, firstFailureAt: T0, lastFailureAt: T0 });
    expect(checkLoginThrottle({ account: counter, ip: null }, T0)).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
      scope: 'account',
    });
    expect(checkLoginThrottle({ account: counter, ip: null }, T0 + 29.5 * S)).toMatchObject({
      retryAfterSeconds: 1,
    });
    expect(checkLoginThrottle({ account: counter, ip: null }, T0 + 30 * S)).toEqual({ allowed: true });
  });

  it('counts per account whatever the IP (a botnet spreading guesses is still slowed)', () => {
    const counter = fail(8, key)!;
    for (const ip of ['203.0.113.1', '198.51.100.2', '2001:db8::1']) {
      const ipCounter = recordLoginFailure(null, ipThrottleKey(ip), T0, POLICY.ip);
      expect(checkLoginThrottle({ account: counter, ip: ipCounter }, T0).allowed).toBe(false);
    }
  });

  it('throttles one IP spraying many accounts', () => {
    const ip = fail(31, ipThrottleKey('203.0.113.9'), POLICY.ip)!;
    expect(checkLoginThrottle({ account: null, ip }, T0)).toEqual({
      allowed: false,
      retryAfterSeconds: 10,
      scope: 'ip',
    });
    const ip40 = fail(40, ipThrottleKey('203.0.113.9'), POLICY.ip)!;
    expect(checkLoginThrottle({ account: fail(6, key), ip: ip40 }, T0)).toMatchObject({
      scope: 'ip',
      retryAfterSeconds: 600,
    });
  });

  it('forgets a counter after the quiet period', () => {
    const counter = fail(20, key)!;
    expect(isCounterStale(counter, T0 + 24 * 3600 * S - 1, POLICY.account)).toBe(false);
    expect(isCounterStale(counter, T0 + 24 * 3600 * S, POLICY.account)).toBe(true);
    const next = recordLoginFailure(counter, key, T0 + 24 * 3600 * S, POLICY.account);
    expect(next.failures).toBe(1);
    expect(next.firstFailureAt).toBe(T0 + 24 * 3600 * S);
  });

  it('keeps counting while failures keep coming, even spaced out', () => {
    const counter = fail(10, key, POLICY.account, T0, 20 * 60 * S)!;
    expect(counter.failures).toBe(10);
    expect(counter.firstFailureAt).toBe(T0);
  });
});

describe('keys', () => {
  it('normalizes the login so case and spaces do not create fresh counters', () => {
    expect(accountThrottleKey('  Zhang.Wei@Example.CN ')).toBe('account:zhang.wei@example.cn');
    expect(accountThrottleKey('ｚｈａｎｇ')).toBe('account:zhang');
  });

  it('buckets IPv6 by /64 and unparsable addresses together', () => {
    expect(ipThrottleKey('2001:db8:1:2::5')).toBe('ip:2001:db8:1:2::/64');
    expect(ipThrottleKey('::ffff:203.0.113.4')).toBe('ip:203.0.113.4');
    expect(ipThrottleKey('garbage')).toBe('ip:unknown');
  });
});

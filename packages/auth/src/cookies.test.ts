import { describe, expect, it } from 'vitest';
import {
  clearSessionCookie,
  maxAgeSecondsUntil,
  parseCookieHeader,
  readSessionCookie,
  resolveSessionCookie,
  serializeSessionCookie,
} from './cookies.ts';
import { generateSessionToken } from './tokens.ts';

describe('session cookie', () => {
  const { token } = generateSessionToken();

  it('uses __Host- with Path=/, Secure, HttpOnly, SameSite=Lax and no Domain', () => {
    const header = serializeSessionCookie(token, { maxAgeSeconds: 7200 });
    expect(header).toBe(
      `__Host-steward_session=${token}; Path=/; Max-Age=7200; Secure; HttpOnly; SameSite=Lax`,
    );
    expect(header).not.toMatch(/Domain=/i);
  });

  it('can be a browser-session cookie', () => {
    expect(serializeSessionCookie(token)).toBe(
      `__Host-steward_session=${token}; Path=/; Secure; HttpOnly; SameSite=Lax`,
    );
  });

  it('refuses values that could inject attributes', () => {
    expect(() => serializeSessionCookie('a; Domain=evil.example')).toThrow(TypeError);
    expect(() => serializeSessionCookie('a\r\nSet-Cookie: x=y')).toThrow(TypeError);
    expect(() => serializeSessionCookie('')).toThrow(TypeError);
  });

  it('clears with the same name and attributes', () => {
    expect(clearSessionCookie()).toBe(
      '__Host-steward_session=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax',
    );
  });

  it('switches to a plain cookie only when insecureHttp is set explicitly, with a warning', () => {
    expect(resolveSessionCookie()).toEqual({ name: '__Host-steward_session', secure: true, warning: null });
    expect(resolveSessionCookie({ insecureHttp: false }).name).toBe('__Host-steward_session');
    const insecure = resolveSessionCookie({ insecureHttp: true });
    expect(insecure.name).toBe('steward_session');
    expect(insecure.secure).toBe(false);
    expect(insecure.warning).toMatch(/plain http/);
    const header = serializeSessionCookie(token, { insecureHttp: true });
    expect(header).toBe(`steward_session=${token}; Path=/; HttpOnly; SameSite=Lax`);
    expect(clearSessionCookie({ insecureHttp: true })).toBe(
      'steward_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax',
    );
  });

  it('computes Max-Age from expiresAt and now', () => {
    expect(maxAgeSecondsUntil(10_999, 1_000)).toBe(9);
    expect(maxAgeSecondsUntil(0, 1_000)).toBe(0);
  });
});

describe('reading the Cookie header', () => {
  const { token } = generateSessionToken();

  it('parses pairs and quoted values', () => {
    expect(parseCookieHeader('a=1; b="two"; junk; =x; c=')).toEqual([
      ['a', '1'],
      ['b', 'two'],
      ['c', ''],
    ]);
    expect(parseCookieHeader(null)).toEqual([]);
  });

  it('finds the session cookie among others', () => {
    expect(readSessionCookie(`theme=dark; __Host-steward_session=${token}; lang=zh-CN`)).toBe(token);
    expect(readSessionCookie('theme=dark')).toBeNull();
    expect(readSessionCookie(undefined)).toBeNull();
    expect(readSessionCookie('__Host-steward_session=')).toBeNull();
  });

  it('ignores the non-prefixed name unless insecureHttp is set', () => {
    expect(readSessionCookie(`steward_session=${token}`)).toBeNull();
    expect(readSessionCookie(`steward_session=${token}`, { insecureHttp: true })).toBe(token);
    expect(readSessionCookie(`__Host-steward_session=${token}`, { insecureHttp: true })).toBeNull();
  });

  it('rejects values with odd characters', () => {
    expect(readSessionCookie('__Host-steward_session=a%20b')).toBeNull();
  });
});

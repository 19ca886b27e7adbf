import { describe, expect, it } from 'vitest';
import { checkCsrf, normalizeOrigin } from './csrf.ts';

function req(method: string, headers: Record<string, string> = {}) {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method, headers: { get: (name: string) => lower.get(name.toLowerCase()) ?? null } };
}
const options = { allowedOrigins: ['https://steward.example.cn', 'http://localhost:5173'] };

describe('checkCsrf', () => {
  it.each(['GET', 'HEAD', 'OPTIONS', 'get'])('lets %s through', (method) => {
    expect(checkCsrf(req(method, { 'Sec-Fetch-Site': 'cross-site' }), options)).toEqual({
      ok: true,
      reason: 'safe-method',
    });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('accepts %s from the same origin', (method) => {
    expect(checkCsrf(req(method, { 'Sec-Fetch-Site': 'same-origin' }), options)).toEqual({
      ok: true,
      reason: 'same-origin',
    });
  });

  it('rejects cross-site and same-site requests whose Origin is not allowed', () => {
    expect(
      checkCsrf(req('POST', { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' }), options),
    ).toEqual({
      ok: false,
      reason: 'cross-site',
    });
    expect(
      checkCsrf(req('POST', { 'Sec-Fetch-Site': 'same-site', Origin: 'https://other.example.cn' }), options)
        .ok,
    ).toBe(false);
    expect(checkCsrf(req('POST', { 'Sec-Fetch-Site': 'none' }), options)).toEqual({
      ok: false,
      reason: 'cross-site',
    });
  });

  it('accepts an allowed Origin (normalized), with or without Sec-Fetch-Site', () => {
    expect(checkCsrf(req('POST', { Origin: 'https://steward.example.cn' }), options)).toEqual({
      ok: true,
      reason: 'allowed-origin',
    });
    expect(checkCsrf(req('POST', { Origin: 'HTTPS://Steward.Example.CN:443' }), options).ok).toBe(true);
    expect(
      checkCsrf(req('POST', { 'Sec-Fetch-Site': 'same-site', Origin: 'http://localhost:5173' }), options).ok,
    ).toBe(true);
  });

  it('rejects an unlisted or opaque Origin and requests with neither header', () => {
    expect(checkCsrf(req('POST', { Origin: 'https://steward.example.cn.evil.example' }), options)).toEqual({
      ok: false,
      reason: 'origin-not-allowed',
    });
    expect(checkCsrf(req('POST', { Origin: 'http://steward.example.cn' }), options).ok).toBe(false);
    expect(checkCsrf(req('POST', { Origin: 'null' }), options)).toEqual({
      ok: false,
      reason: 'origin-not-allowed',
    });
    expect(checkCsrf(req('POST'), options)).toEqual({ ok: false, reason: 'missing-headers' });
  });

  it('works with a real Request', () => {
    const request = new Request('https://steward.example.cn/trpc/x', {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(checkCsrf(request, { allowedOrigins: [] }).ok).toBe(true);
  });
});

describe('normalizeOrigin', () => {
  it('canonicalizes http(s) origins and refuses the rest', () => {
    expect(normalizeOrigin('https://A.example:443')).toBe('https://a.example');
    expect(normalizeOrigin('http://a.example:8080')).toBe('http://a.example:8080');
    expect(normalizeOrigin('file:///etc/passwd')).toBeNull();
    expect(normalizeOrigin('null')).toBeNull();
    expect(normalizeOrigin('not a url')).toBeNull();
  });
});

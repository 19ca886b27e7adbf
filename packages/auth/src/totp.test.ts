import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { describe, expect, it } from 'vitest';
import { generateTotpCode, generateTotpSecret, totpKeyUri, totpStep, verifyTotp } from './totp.ts';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII "12345678901234567890".
const RFC_SECRET = new TextEncoder().encode('12345678901234567890');
const T0 = 1_700_000_000_000;

describe('TOTP', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('matches the RFC 6238 vector at T=%i', (seconds, code) => {
    expect(generateTotpCode(RFC_SECRET, seconds * 1000)).toBe(code);
  });

  it('generates a 20-byte secret and a key URI for Steward', () => {
    const secret = generateTotpSecret();
    expect(secret).toHaveLength(20);
    const uri = new URL(totpKeyUri('zhang.wei@example.cn', secret));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Steward:zhang.wei@example.cn');
    expect(uri.searchParams.get('issuer')).toBe('Steward');
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(decodeBase32IgnorePadding(uri.searchParams.get('secret')!)).toEqual(secret);
  });

  it('accepts the current code and one step either side, returning the matched step', () => {
    const secret = generateTotpSecret();
    const step = totpStep(T0);
    expect(verifyTotp(secret, generateTotpCode(secret, T0), T0, null)).toEqual({ ok: true, step });
    expect(verifyTotp(secret, generateTotpCode(secret, T0 - 30_000), T0, null)).toEqual({
      ok: true,
      step: step - 1,
    });
    expect(verifyTotp(secret, generateTotpCode(secret, T0 + 30_000), T0, null)).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it('refuses codes two steps away and wrong codes', () => {
    const secret = generateTotpSecret();
    const stale = generateTotpCode(secret, T0 - 60_000);
    const result = verifyTotp(secret, stale, T0, null);
    // 1-in-a-million chance the stale code collides with a code inside the window.
    if (result.ok) expect(result.step).not.toBe(totpStep(T0) - 2);
    else expect(result.reason).toBe('invalid');
    const code = generateTotpCode(secret, T0);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(verifyTotp(secret, wrong, T0, null).ok).toBe(
      [-1, 1].some((d) => generateTotpCode(secret, T0 + d * 30_000) === wrong),
    );
  });

  it('works once: the same step, or an earlier one, is refused as reused', () => {
    const secret = generateTotpSecret();
    const code = generateTotpCode(secret, T0);
    const first = verifyTotp(secret, code, T0, null);
    expect(first.ok).toBe(true);
    const lastUsedStep = first.ok ? first.step : -1;
    expect(verifyTotp(secret, code, T0 + 5_000, lastUsedStep)).toEqual({ ok: false, reason: 'reused' });
    expect(verifyTotp(secret, generateTotpCode(secret, T0 - 30_000), T0, lastUsedStep)).toEqual({
      ok: false,
      reason: 'reused',
    });
    expect(verifyTotp(secret, generateTotpCode(secret, T0 + 30_000), T0 + 30_000, lastUsedStep)).toEqual({
      ok: true,
      step: lastUsedStep + 1,
    });
  });

  it('tolerates spaces and a dash, refuses other shapes', () => {
    const secret = generateTotpSecret();
    const code = generateTotpCode(secret, T0);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, T0, null).ok).toBe(true);
    expect(verifyTotp(secret, `${code.slice(0, 3)}-${code.slice(3)}`, T0, null).ok).toBe(true);
    for (const bad of ['', '12345', '1234567', 'abcdef', '12345a', '１２３４５６']) {
      expect(verifyTotp(secret, bad, T0, null)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});

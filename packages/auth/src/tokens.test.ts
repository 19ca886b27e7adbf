import { describe, expect, it } from 'vitest';
import {
  generateOneTimeToken,
  generateSessionToken,
  hashOneTimeToken,
  hashSecret,
  parseSessionToken,
  verifyOneTimeToken,
  verifySecret,
} from './tokens.ts';

describe('session tokens', () => {
  it('issues id.secret with a 128-bit id and a 256-bit secret, stores only the hash', () => {
    const { token, id, secretHash } = generateSessionToken();
    expect(token).toMatch(/^[a-z2-7]{26}\.[a-z2-7]{52}$/);
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(token).not.toContain(secretHash);
    const parsed = parseSessionToken(token);
    expect(parsed?.id).toBe(id);
    expect(parsed?.secret).toHaveLength(32);
    expect(hashSecret(parsed!.secret)).toBe(secretHash);
    expect(verifySecret(parsed!.secret, secretHash)).toBe(true);
  });

  it('is random', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateSessionToken().token));
    expect(tokens.size).toBe(200);
  });

  it('rejects a wrong secret and malformed hashes', () => {
    const a = generateSessionToken();
    const b = generateSessionToken();
    const secretA = parseSessionToken(a.token)!.secret;
    expect(verifySecret(secretA, b.secretHash)).toBe(false);
    expect(verifySecret(secretA, '')).toBe(false);
    expect(verifySecret(secretA, a.secretHash.toUpperCase())).toBe(false);
    expect(verifySecret(secretA, a.secretHash.slice(2))).toBe(false);
  });

  it.each([
    '',
    'abc',
    'abc.def',
    '.',
    'a'.repeat(26),
    `${'a'.repeat(26)}.${'a'.repeat(51)}`,
    `${'a'.repeat(26)}.${'a'.repeat(53)}`,
    `${'A'.repeat(26)}.${'a'.repeat(52)}`,
    `${'a'.repeat(26)}.${'1'.repeat(52)}`,
    `${'a'.repeat(26)}.${'a'.repeat(52)}.x`,
    `${'a'.repeat(26)}:${'a'.repeat(52)}`,
  ])('parseSessionToken(%j) is null', (token) => {
    expect(parseSessionToken(token)).toBeNull();
  });

  it('does not throw on non-string input from untyped callers', () => {
    expect(parseSessionToken(undefined as unknown as string)).toBeNull();
  });
});

describe('one-time tokens', () => {
  it('stores only a hash that the presented token maps to', () => {
    const { token, tokenHash } = generateOneTimeToken();
    expect(token).toMatch(/^[a-z2-7]{52}$/);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashOneTimeToken(token)).toBe(tokenHash);
    expect(verifyOneTimeToken(token, tokenHash)).toBe(true);
  });

  it('rejects other tokens and garbage', () => {
    const a = generateOneTimeToken();
    const b = generateOneTimeToken();
    expect(verifyOneTimeToken(b.token, a.tokenHash)).toBe(false);
    expect(verifyOneTimeToken(a.token, 'nope')).toBe(false);
    expect(hashOneTimeToken(`${a.token}x`)).toBeNull();
    expect(hashOneTimeToken(a.token.toUpperCase())).toBeNull();
  });
});

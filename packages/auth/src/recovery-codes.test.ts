import { describe, expect, it } from 'vitest';
import { findRecoveryCode, generateRecoveryCodes, normalizeRecoveryCode } from './recovery-codes.ts';

describe('recovery codes', () => {
  it('generates 10 distinct codes and stores only hashes', () => {
    const { codes, hashes } = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes.some((h) => codes.some((c) => h.includes(c.replaceAll('-', ''))))).toBe(false);
  });

  it('finds the index of the matching hash, forgiving case, spacing and look-alike digits', () => {
    const { codes, hashes } = generateRecoveryCodes();
    expect(findRecoveryCode(codes[3]!, hashes)).toBe(3);
    expect(findRecoveryCode(codes[7]!.toUpperCase().replaceAll('-', ' '), hashes)).toBe(7);
    const lookalike = codes[0]!.replaceAll('o', '0').replaceAll('l', '1').replaceAll('b', '8');
    expect(findRecoveryCode(lookalike, hashes)).toBe(0);
  });

  it('refuses unknown, used (hash removed) and malformed codes', () => {
    const { codes, hashes } = generateRecoveryCodes();
    const other = generateRecoveryCodes(1).codes[0]!;
    expect(findRecoveryCode(other, hashes)).toBe(-1);
    expect(
      findRecoveryCode(
        codes[2]!,
        hashes.filter((_, i) => i !== 2),
      ),
    ).toBe(-1);
    expect(findRecoveryCode('', hashes)).toBe(-1);
    expect(findRecoveryCode('aaaa-aaaa-aaaa', hashes)).toBe(-1);
    expect(findRecoveryCode(codes[1]!, ['not-a-hash', hashes[1]!])).toBe(1);
  });

  it('normalizes', () => {
    expect(normalizeRecoveryCode(' ABCD-EFGH ijkl-mn0p ')).toBe('abcdefghijklmnop');
    expect(normalizeRecoveryCode('abcd-efgh-ijkl-mnp9')).toBeNull();
  });
});

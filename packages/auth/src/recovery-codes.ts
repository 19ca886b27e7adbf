import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeHex, encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { randomBytes } from './random.ts';

/**
 * Recovery codes for a lost authenticator: 80 random bits each, shown once as xxxx-xxxx-xxxx-xxxx and
 * stored as SHA-256. 80 bits put a leaked table beyond brute force, so a slow hash (and its CPU cost on
 * Workers for up to 10 comparisons) is not needed.
 */
export const RECOVERY_CODE_COUNT = 10;
const CODE_BYTES = 10;
const CODE_CHARS = 16;

export interface NewRecoveryCodes {
  /** Show to the user once. */
  codes: string[];
  /** Store these, one row or array element per code; delete a hash when its code is used. */
  hashes: string[];
}

function hashCode(normalized: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(normalized)));
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): NewRecoveryCodes {
  const codes: string[] = [];
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) {
    const raw = encodeBase32LowerCaseNoPadding(randomBytes(CODE_BYTES));
    codes.push(raw.match(/.{4}/g)!.join('-'));
    hashes.push(hashCode(raw));
  }
  return { codes, hashes };
}

/** Lower-cases, drops separators, and maps the digits people read for letters (0→o, 1→l, 8→b). */
export function normalizeRecoveryCode(input: string): string | null {
  const normalized = input
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replaceAll('0', 'o')
    .replaceAll('1', 'l')
    .replaceAll('8', 'b');
  return new RegExp(`^[a-z2-7]{${CODE_CHARS}}$`).test(normalized) ? normalized : null;
}

/** Index of the stored hash this code matches, or -1. Compares against every hash without stopping early. */
export function findRecoveryCode(input: string, hashes: readonly string[]): number {
  const normalized = normalizeRecoveryCode(input);
  if (normalized === null) return -1;
  const presented = decodeHex(hashCode(normalized));
  let found = -1;
  hashes.forEach((hash, index) => {
    if (/^[0-9a-f]{64}$/.test(hash) && constantTimeEqual(presented, decodeHex(hash)) && found === -1)
      found = index;
  });
  return found;
}

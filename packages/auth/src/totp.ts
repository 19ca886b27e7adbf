import { createTOTPKeyURI, generateHOTP, verifyHOTP } from '@oslojs/otp';
import { randomBytes } from './random.ts';

/**
 * TOTP (RFC 6238) as authenticator apps expect it: SHA-1, 30 s, 6 digits. @oslojs/otp's TOTP helpers
 * read the clock, so steps are computed here from the `now` passed in and checked with its HOTP core.
 * The secret must be stored retrievably (it is a shared key, not a verifier): keep it out of logs and
 * exports, and prefer encrypting the column.
 */
export const TOTP_ISSUER = 'Steward';
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** RFC 4226 recommends 160 bits, the HMAC-SHA-1 output size. */
export const TOTP_SECRET_BYTES = 20;
/** One step either side absorbs phone clock drift and the time it takes to type the code. */
export const TOTP_WINDOW_STEPS = 1;

export function generateTotpSecret(): Uint8Array {
  return randomBytes(TOTP_SECRET_BYTES);
}

/** The otpauth:// URI to show as a QR code; the label is "Steward:<accountName>". */
export function totpKeyUri(accountName: string, secret: Uint8Array): string {
  return createTOTPKeyURI(TOTP_ISSUER, accountName, secret, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

/** The RFC 6238 counter for epoch-ms `now`. */
export function totpStep(now: number): number {
  return Math.floor(now / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code an authenticator shows at `now` (tests, demo data). */
export function generateTotpCode(secret: Uint8Array, now: number): string {
  return generateHOTP(secret, BigInt(totpStep(now)), TOTP_DIGITS);
}

export type TotpVerification =
  /** Store `step` as the user's lastUsedStep in the same transaction that accepts the sign-in. */
  { ok: true; step: number } | { ok: false; reason: 'malformed' | 'invalid' | 'reused' };

/**
 * A code works once (ASVS 6.5.x): a match at a step <= lastUsedStep is refused as 'reused', which also
 * stops replaying an older code inside the window after a newer one was used.
 */
export function verifyTotp(
  secret: Uint8Array,
  code: string,
  now: number,
  lastUsedStep: number | null,
): TotpVerification {
  const digits = code.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== TOTP_DIGITS) return { ok: false, reason: 'malformed' };
  const current = totpStep(now);
  let reused = false;
  // Check every step in the window (no early exit) so timing does not tell which step matched.
  let matched: number | null = null;
  for (let step = current - TOTP_WINDOW_STEPS; step <= current + TOTP_WINDOW_STEPS; step++) {
    if (!verifyHOTP(secret, BigInt(step), TOTP_DIGITS, digits)) continue;
    if (lastUsedStep !== null && step <= lastUsedStep) reused = true;
    else matched ??= step;
  }
  if (matched !== null) return { ok: true, step: matched };
  return { ok: false, reason: reused ? 'reused' : 'invalid' };
}

import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import {
  decodeBase32IgnorePadding,
  decodeHex,
  encodeBase32LowerCaseNoPadding,
  encodeHexLowerCase,
} from '@oslojs/encoding';
import { randomBytes } from './random.ts';

/**
 * Session tokens follow Lucia's design (lucia-auth/lucia `code/auth_session.ts`): `<id>.<secret>`.
 * The id is the database key (ASVS 7.2.3 asks for >= 128 bits); the 32-byte secret is never stored,
 * only its SHA-256. A fast hash is enough because the secret has 256 bits of entropy: a leaked table
 * cannot be brute-forced, unlike a password table.
 */
export const SESSION_ID_BYTES = 16;
export const SESSION_SECRET_BYTES = 32;
export const ONE_TIME_TOKEN_BYTES = 32;

// Lower-case base32 (RFC 4648 alphabet a-z2-7): case-insensitive, URL- and cookie-safe, no padding.
const ID_CHARS = Math.ceil((SESSION_ID_BYTES * 8) / 5);
const SECRET_CHARS = Math.ceil((SESSION_SECRET_BYTES * 8) / 5);
const ONE_TIME_CHARS = Math.ceil((ONE_TIME_TOKEN_BYTES * 8) / 5);
const SESSION_TOKEN_PATTERN = new RegExp(`^([a-z2-7]{${ID_CHARS}})\\.([a-z2-7]{${SECRET_CHARS}})$`);
const ONE_TIME_TOKEN_PATTERN = new RegExp(`^[a-z2-7]{${ONE_TIME_CHARS}}$`);
const HASH_PATTERN = /^[0-9a-f]{64}$/;

export interface NewSessionToken {
  /** Goes to the client (cookie) only. */
  token: string;
  /** Primary key of the session row. */
  id: string;
  /** Lower-case hex SHA-256 of the secret: the only form of the secret the database sees. */
  secretHash: string;
}

export interface ParsedSessionToken {
  id: string;
  secret: Uint8Array;
}

export function generateSessionToken(): NewSessionToken {
  const id = encodeBase32LowerCaseNoPadding(randomBytes(SESSION_ID_BYTES));
  const secret = randomBytes(SESSION_SECRET_BYTES);
  return { token: `${id}.${encodeBase32LowerCaseNoPadding(secret)}`, id, secretHash: hashSecret(secret) };
}

/** Returns null for anything that is not exactly a token we could have issued (never throws). */
export function parseSessionToken(token: string): ParsedSessionToken | null {
  if (typeof token !== 'string' || token.length !== ID_CHARS + 1 + SECRET_CHARS) return null;
  const match = SESSION_TOKEN_PATTERN.exec(token);
  if (!match) return null;
  try {
    const secret = decodeBase32IgnorePadding(match[2]!.toUpperCase());
    if (secret.length !== SESSION_SECRET_BYTES) return null;
    return { id: match[1]!, secret };
  } catch {
    return null;
  }
}

export function hashSecret(secret: Uint8Array): string {
  return encodeHexLowerCase(sha256(secret));
}

/** Constant-time comparison of the presented secret's hash with the stored one. */
export function verifySecret(secret: Uint8Array, secretHash: string): boolean {
  if (!HASH_PATTERN.test(secretHash)) return false;
  return constantTimeEqual(sha256(secret), decodeHex(secretHash));
}

export interface NewOneTimeToken {
  /** Goes into the link (invitation, password reset) and nowhere else. */
  token: string;
  /** Stored with a unique index; the presented token is looked up by `hashOneTimeToken(token)`. */
  tokenHash: string;
}

/**
 * Single-use tokens carry no id: looking the row up by the hash is safe because the token has 256 bits
 * of entropy, so the hash leaks nothing useful through index timing. Single use and expiry are the
 * caller's (delete the row in the same transaction that consumes it).
 */
export function generateOneTimeToken(): NewOneTimeToken {
  const token = encodeBase32LowerCaseNoPadding(randomBytes(ONE_TIME_TOKEN_BYTES));
  return { token, tokenHash: encodeHexLowerCase(sha256(new TextEncoder().encode(token))) };
}

/** The lookup key for a presented one-time token, or null when it cannot be one of ours. */
export function hashOneTimeToken(token: string): string | null {
  if (typeof token !== 'string' || !ONE_TIME_TOKEN_PATTERN.test(token)) return null;
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function verifyOneTimeToken(token: string, tokenHash: string): boolean {
  const hash = hashOneTimeToken(token);
  if (hash === null || !HASH_PATTERN.test(tokenHash)) return false;
  return constantTimeEqual(decodeHex(hash), decodeHex(tokenHash));
}

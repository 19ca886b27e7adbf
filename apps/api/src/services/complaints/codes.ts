// Crockford's base32 without I, L, O, U: easy to read aloud on the hotline and to type on a phone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `length` random base32 characters (5 bits each) from the platform's CSPRNG. */
export function randomBase32(length: number): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** The reporter's tracking code: 12 characters, 60 bits — unguessable within any rate limit. */
export function newTrackingCode(): string {
  return randomBase32(12);
}

/** The public form's key: 16 characters, 80 bits; it names no tenant. */
export function newFormKey(): string {
  return randomBase32(16).toLowerCase();
}

/** Tracking codes as people type them: case-insensitive, spaces and dashes ignored, O→0, I/L→1. */
export function normalizeTrackingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

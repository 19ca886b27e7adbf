import { generateTotpCode } from '@steward/auth';

/** RFC 4648 base32 (the secret as the enrolment screen shows it), without padding. */
export function decodeBase32(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(bytes);
}

/** The code an authenticator app would show `offsetSteps` 30-second steps from now. */
export function totpCode(secretBase32: string, offsetSteps = 0): string {
  return generateTotpCode(decodeBase32(secretBase32), Date.now() + offsetSteps * 30_000);
}

import { scrypt, timingSafeEqual } from 'node:crypto';
import { decodeBase64IgnorePadding, encodeBase64NoPadding } from '@oslojs/encoding';
import { randomBytes } from './random.ts';

/**
 * Password hashes as PHC strings. scrypt through `node:crypto` is native on Node and in workerd
 * (nodejs_compat); Argon2 would need WASM, which Workers refuse to compile at run time, and PBKDF2 is
 * capped at 100k iterations on production Workers (workerd#1346), a sixth of OWASP's 600k.
 * OWASP's scrypt table gives equivalent settings; N=2^14 r=8 p=5 needs the least memory (16 MiB),
 * which matters in a 128 MB isolate that serves several requests at once. See README for timings.
 */
export interface ScryptParams {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ ln: 14, r: 8, p: 5 });

const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Stored strings are data: bound what they can make us compute (memory is 128 * N * r bytes). */
const MAX_SCRYPT_MEMORY = 64 * 1024 * 1024;
const MAX_SCRYPT_P = 16;
const MAX_PBKDF2_ITERATIONS = 10_000_000;
/** Longer input is refused before hashing; the policy caps new passwords at 128 characters. */
const MAX_PASSWORD_INPUT = 1024;

export class PasswordHashFormatError extends Error {
  override name = 'PasswordHashFormatError';
}

export interface PasswordVerification {
  ok: boolean;
  /** True only when `ok` and the stored hash is not scrypt with the current parameters. */
  needsRehash: boolean;
}

// NIST SP 800-63B 5.1.1.2: normalize so the same password typed on different keyboards/IMEs matches.
function passwordBytes(password: string): Uint8Array {
  return new TextEncoder().encode(password.normalize('NFKC'));
}

function checkScryptParams({ ln, r, p }: ScryptParams): void {
  const ok =
    Number.isInteger(ln) &&
    Number.isInteger(r) &&
    Number.isInteger(p) &&
    ln >= 10 &&
    ln <= 24 &&
    r >= 1 &&
    p >= 1 &&
    p <= MAX_SCRYPT_P &&
    128 * 2 ** ln * r <= MAX_SCRYPT_MEMORY;
  if (!ok) throw new PasswordHashFormatError(`unsupported scrypt parameters ln=${ln},r=${r},p=${p}`);
}

function runScrypt(password: Uint8Array, salt: Uint8Array, keyLength: number, params: ScryptParams) {
  const N = 2 ** params.ln;
  // Node's default maxmem (32 MiB) rejects N=2^15 r=8; allow what the parameters need, with headroom.
  const maxmem = 128 * N * params.r * 2;
  return new Promise<Uint8Array>((resolve, reject) => {
    scrypt(password, salt, keyLength, { N, r: params.r, p: params.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)),
    );
  });
}

export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<string> {
  checkScryptParams(params);
  if (password.length > MAX_PASSWORD_INPUT) throw new RangeError('password too long to hash');
  const salt = randomBytes(SALT_BYTES);
  const key = await runScrypt(passwordBytes(password), salt, KEY_BYTES, params);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${encodeBase64NoPadding(salt)}$${encodeBase64NoPadding(key)}`;
}

/**
 * A well-formed hash no password matches. When the sign-in name is unknown, verify against this so
 * the response takes as long as for a real account and does not reveal which accounts exist.
 */
export function dummyPasswordHash(params: ScryptParams = DEFAULT_SCRYPT_PARAMS): string {
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${'A'.repeat(22)}$${'A'.repeat(43)}`;
}

/**
 * PBKDF2-HMAC-SHA256 through WebCrypto, for migration and tests: hashes imported from elsewhere verify
 * and come back with needsRehash. Production Workers refuse more than 100,000 iterations.
 */
export async function hashPasswordPbkdf2(password: string, iterations = 100_000): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await runPbkdf2(passwordBytes(password), salt, iterations, 'SHA-256', KEY_BYTES);
  return `$pbkdf2-sha256$i=${iterations}$${encodeBase64NoPadding(salt)}$${encodeBase64NoPadding(key)}`;
}

async function runPbkdf2(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  hash: 'SHA-256' | 'SHA-512',
  keyLength: number,
): Promise<Uint8Array> {
  // Copies typed as ArrayBuffer-backed: the DOM typings (the web app type-checks this file through the
  // router type) refuse a Uint8Array that might sit on a SharedArrayBuffer.
  const key = await crypto.subtle.importKey('raw', new Uint8Array(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash, salt: new Uint8Array(salt), iterations },
    key,
    keyLength * 8,
  );
  return new Uint8Array(bits);
}

interface ParsedPhc {
  id: string;
  params: Map<string, number>;
  salt: Uint8Array;
  hash: Uint8Array;
}

function decodeB64(text: string): Uint8Array {
  // passlib writes '.' for '+' ("adapted base64"); accept both.
  return decodeBase64IgnorePadding(text.replaceAll('.', '+'));
}

function parsePhc(phc: string): ParsedPhc {
  const parts = phc.split('$');
  if (parts.length !== 5 || parts[0] !== '') throw new PasswordHashFormatError('not a PHC string');
  const [, id, paramText, saltText, hashText] = parts as [string, string, string, string, string];
  const params = new Map<string, number>();
  for (const pair of paramText.split(',')) {
    const match = /^([a-z]+)=(\d{1,9})$/.exec(pair);
    if (!match) throw new PasswordHashFormatError(`bad PHC parameter "${pair}"`);
    params.set(match[1]!, Number(match[2]));
  }
  try {
    const salt = decodeB64(saltText);
    const hash = decodeB64(hashText);
    if (salt.length < 4 || hash.length < 16 || hash.length > 64) throw new Error('length');
    return { id, params, salt, hash };
  } catch {
    throw new PasswordHashFormatError('bad PHC salt or hash');
  }
}

function required(params: Map<string, number>, name: string): number {
  const value = params.get(name);
  if (value === undefined) throw new PasswordHashFormatError(`PHC parameter ${name} missing`);
  return value;
}

/**
 * Verifies against a stored PHC string (scrypt, or pbkdf2-sha256/-sha512 awaiting migration).
 * Throws PasswordHashFormatError when the stored string is not one we can verify: that is a data
 * problem to surface, not a wrong password.
 */
export async function verifyPassword(
  password: string,
  phc: string,
  current: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<PasswordVerification> {
  const parsed = parsePhc(phc);
  if (password.length > MAX_PASSWORD_INPUT) return { ok: false, needsRehash: false };
  const input = passwordBytes(password);
  let computed: Uint8Array;
  let upToDate = false;
  if (parsed.id === 'scrypt') {
    const params = {
      ln: required(parsed.params, 'ln'),
      r: required(parsed.params, 'r'),
      p: required(parsed.params, 'p'),
    };
    checkScryptParams(params);
    computed = await runScrypt(input, parsed.salt, parsed.hash.length, params);
    upToDate =
      params.ln === current.ln &&
      params.r === current.r &&
      params.p === current.p &&
      parsed.hash.length === KEY_BYTES &&
      parsed.salt.length >= SALT_BYTES;
  } else if (parsed.id === 'pbkdf2-sha256' || parsed.id === 'pbkdf2-sha512') {
    const iterations = required(parsed.params, 'i');
    if (iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
      throw new PasswordHashFormatError(`unsupported PBKDF2 iterations ${iterations}`);
    }
    const hash = parsed.id === 'pbkdf2-sha256' ? 'SHA-256' : 'SHA-512';
    computed = await runPbkdf2(input, parsed.salt, iterations, hash, parsed.hash.length);
  } else {
    throw new PasswordHashFormatError(`unsupported password hash "${parsed.id}"`);
  }
  const ok = computed.length === parsed.hash.length && timingSafeEqual(computed, parsed.hash);
  return { ok, needsRehash: ok && !upToDate };
}

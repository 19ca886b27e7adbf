import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SCRYPT_PARAMS,
  dummyPasswordHash,
  hashPassword,
  hashPasswordPbkdf2,
  PasswordHashFormatError,
  verifyPassword,
} from './password.ts';

// Cheap parameters keep the suite fast; one test runs the real default.
const FAST = { ln: 10, r: 8, p: 1 };

describe('hashPassword / verifyPassword (scrypt)', () => {
  it('hashes at the default setting as a PHC string and verifies it', async () => {
    const phc = await hashPassword('correct horse battery staple');
    expect(phc).toMatch(/^\$scrypt\$ln=14,r=8,p=5\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword('correct horse battery staple', phc)).toEqual({
      ok: true,
      needsRehash: false,
    });
    expect(await verifyPassword('correct horse battery stapl', phc)).toEqual({
      ok: false,
      needsRehash: false,
    });
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same password here', FAST)).not.toBe(
      await hashPassword('same password here', FAST),
    );
  });

  it('asks for a rehash when the stored parameters differ from the current ones', async () => {
    const phc = await hashPassword('correct horse battery staple', FAST);
    expect(phc.startsWith('$scrypt$ln=10,r=8,p=1$')).toBe(true);
    expect(await verifyPassword('correct horse battery staple', phc)).toEqual({
      ok: true,
      needsRehash: true,
    });
    expect(await verifyPassword('correct horse battery staple', phc, FAST)).toEqual({
      ok: true,
      needsRehash: false,
    });
    expect(await verifyPassword('wrong password entirely', phc)).toEqual({ ok: false, needsRehash: false });
  });

  it('normalizes Unicode (NFKC) so composed and decomposed input match', async () => {
    const phc = await hashPassword('Crème brûlée 密码很长很长', FAST);
    const decomposed = 'Crème brûlée 密码很长很长'.normalize('NFD');
    expect((await verifyPassword(decomposed, phc, FAST)).ok).toBe(true);
  });

  it('verifies a known vector from another implementation (RFC 7914 parameters, PHC-encoded)', async () => {
    // scrypt("password", "NaCl", N=1024, r=8, p=16, dkLen=64) from RFC 7914 section 12.
    const salt = btoa('NaCl').replace(/=+$/, '');
    const hex =
      'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
    const hash = btoa(String.fromCharCode(...hex.match(/../g)!.map((h) => Number.parseInt(h, 16)))).replace(
      /=+$/,
      '',
    );
    const phc = `$scrypt$ln=10,r=8,p=16$${salt}$${hash}`;
    expect(await verifyPassword('password', phc)).toEqual({ ok: true, needsRehash: true });
    expect((await verifyPassword('Password', phc)).ok).toBe(false);
  });

  it('refuses parameters outside what Workers can run', async () => {
    await expect(hashPassword('x'.repeat(12), { ln: 17, r: 8, p: 1 })).rejects.toThrow(
      PasswordHashFormatError,
    );
    await expect(hashPassword('x'.repeat(12), { ln: 14, r: 8, p: 100 })).rejects.toThrow(
      PasswordHashFormatError,
    );
    await expect(
      verifyPassword(
        'x',
        '$scrypt$ln=30,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ),
    ).rejects.toThrow(PasswordHashFormatError);
  });

  it('does not hash absurdly long input', async () => {
    const phc = await hashPassword('correct horse battery staple', FAST);
    expect(await verifyPassword('x'.repeat(5000), phc, FAST)).toEqual({ ok: false, needsRehash: false });
    await expect(hashPassword('x'.repeat(5000), FAST)).rejects.toThrow(RangeError);
  });

  it.each([
    '',
    'plain',
    '$scrypt$ln=10,r=8$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    '$scrypt$ln=10,r=8,p=1$!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    '$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    '$scrypt$ln=10,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA',
  ])('throws PasswordHashFormatError for stored value %j', async (phc) => {
    await expect(verifyPassword('whatever password', phc)).rejects.toThrow(PasswordHashFormatError);
  });
});

describe('PBKDF2 hashes awaiting migration', () => {
  it('verifies pbkdf2-sha256 and asks for a rehash to scrypt', async () => {
    const phc = await hashPasswordPbkdf2('correct horse battery staple', 1000);
    expect(phc).toMatch(/^\$pbkdf2-sha256\$i=1000\$/);
    expect(await verifyPassword('correct horse battery staple', phc)).toEqual({
      ok: true,
      needsRehash: true,
    });
    expect(await verifyPassword('wrong', phc)).toEqual({ ok: false, needsRehash: false });
  });

  it('verifies the published PBKDF2-HMAC-SHA256 vector', async () => {
    // PBKDF2-HMAC-SHA256("password", "salt", 4096, 32) — widely published test vector.
    const expected = 'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a';
    const bytes = expected.match(/../g)!.map((h) => Number.parseInt(h, 16));
    const hash = btoa(String.fromCharCode(...bytes))
      .replace(/=+$/, '')
      .replaceAll('+', '.');
    const phc = `$pbkdf2-sha256$i=4096$c2FsdA$${hash}`;
    expect(await verifyPassword('password', phc)).toEqual({ ok: true, needsRehash: true });
    expect((await verifyPassword('passwore', phc)).ok).toBe(false);
  });

  it("accepts passlib's adapted base64 ('.' for '+')", async () => {
    let phc = '';
    while (!phc.includes('+')) phc = await hashPasswordPbkdf2('correct horse battery staple', 1000);
    expect((await verifyPassword('correct horse battery staple', phc.replaceAll('+', '.'))).ok).toBe(true);
  });

  it('refuses absurd iteration counts', async () => {
    await expect(
      verifyPassword(
        'x',
        '$pbkdf2-sha256$i=999999999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      ),
    ).rejects.toThrow(PasswordHashFormatError);
  });
});

describe('dummyPasswordHash', () => {
  it('parses, costs a real verification at the current setting, and matches nothing', async () => {
    expect(dummyPasswordHash()).toMatch(/^\$scrypt\$ln=14,r=8,p=5\$/);
    expect(await verifyPassword('', dummyPasswordHash(FAST), FAST)).toEqual({
      ok: false,
      needsRehash: false,
    });
    expect(await verifyPassword('AAAAAAAAAAAA', dummyPasswordHash(FAST), FAST)).toEqual({
      ok: false,
      needsRehash: false,
    });
  });
});

describe('defaults', () => {
  it('is the OWASP scrypt row N=2^14 r=8 p=5', () => {
    expect(DEFAULT_SCRYPT_PARAMS).toEqual({ ln: 14, r: 8, p: 5 });
  });
});

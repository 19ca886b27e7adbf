import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.ts';

const keys = (password: string, userInputs?: string[]) =>
  checkPasswordPolicy(password, userInputs ? { userInputs } : {}).issues.map((i) => i.key);

describe('checkPasswordPolicy', () => {
  it('accepts long passphrases with no composition rules', () => {
    expect(checkPasswordPolicy('correct horse battery staple')).toEqual({ ok: true, issues: [] });
    expect(checkPasswordPolicy('alllowercaseletters').ok).toBe(true);
    expect(checkPasswordPolicy('后勤服务监管平台的密码要够长才行').ok).toBe(true);
  });

  it('counts code points: 12 minimum, 128 maximum', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(checkPasswordPolicy('k7#mQ2vL9xw').issues).toEqual([
      { key: 'password.too_short', params: { min: 12 } },
    ]);
    expect(checkPasswordPolicy('k7#mQ2vL9xwp').ok).toBe(true);
    expect(keys('密码太短了只有十个字符')).toEqual(['password.too_short']);
    expect(keys('🐼🐼🐼🐼🐼🐼🐼🐼🐼🐼🐼🐻')).toEqual([]);
    const long = 'abcdefghijk9'.repeat(11).slice(0, PASSWORD_MAX_LENGTH);
    expect(keys(long)).toEqual([]);
    expect(checkPasswordPolicy(`${long}x`).issues).toEqual([
      { key: 'password.too_long', params: { max: 128 } },
    ]);
  });

  it.each(['Password1234', 'QWERTY123456', '1qaz2wsx3edc', 'administrator', 'woaini1314520', 'P@ssw0rd1234'])(
    'refuses the common password %s',
    (password) => {
      expect(keys(password)).toEqual(['password.too_common']);
    },
  );

  it.each([
    'aaaaaaaaaaaa',
    'abcabcabcabc',
    '121212121212',
    'abcdefghijklm',
    '890123456789',
    '987654321098',
    'zyxwvutsrqpo',
  ])('refuses the trivial pattern %s', (password) => {
    expect(keys(password)).toEqual(['password.too_common']);
  });

  it('does not mistake near-patterns for patterns', () => {
    expect(keys('ajsbtcudvewf')).toEqual([]);
    expect(keys('abcdefghijkx')).toEqual([]);
  });

  it('refuses a password containing the user name or email (4+ characters)', () => {
    expect(keys('zhangwei-is-great', ['zhangwei', 'zhangwei@example.cn'])).toEqual([
      'password.contains_user_input',
    ]);
    expect(keys('my ZHANGWEI passphrase', ['zhangwei'])).toEqual(['password.contains_user_input']);
    expect(keys('li is my name but long', ['li'])).toEqual([]);
  });

  it('reports every issue at once', () => {
    expect(keys('zhang', ['zhang'])).toEqual(['password.too_short', 'password.contains_user_input']);
  });
});

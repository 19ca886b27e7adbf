import { describe, expect, it } from 'vitest';
import {
  assertCreditCode,
  creditCodeCheckCharacter,
  isValidCreditCode,
  organisationCodeCheckCharacter,
  validateCreditCode,
} from './credit-code.ts';
import { ValidationError } from './errors.ts';
import { formatMessage } from './messages.ts';

// Published codes of well-known companies. Each was checked against both check characters (GB 32100 mod 31
// and the GB 11714 mod 11 inside it); two independent checks agreeing is strong evidence they are copied right.
const REAL = {
  tencent: '9144030071526726XG', // 腾讯科技（深圳）有限公司
  huawei: '914403001922038216', // 华为技术有限公司
  sinopec: '91110000710926094P', // 中国石油化工股份有限公司
  xiaomi: '91110108551385082Q', // 小米科技有限责任公司
  baidu: '91110000802100433B', // 百度在线网络技术（北京）有限公司
  alibaba: '91330100799655058B', // 阿里巴巴（中国）有限公司
};

describe('R1: unified social credit code (GB 32100-2015)', () => {
  it('accepts real published codes', () => {
    for (const [name, code] of Object.entries(REAL)) {
      const result = validateCreditCode(code, { strictOrganisationCode: true });
      expect(result.valid, name).toBe(true);
    }
  });

  it('splits a valid code into its parts', () => {
    const result = validateCreditCode(REAL.huawei);
    expect(result).toEqual({
      valid: true,
      code: REAL.huawei,
      parts: {
        registrationAuthority: '9',
        category: '1',
        regionCode: '440300',
        organisationCode: '192203821',
      },
      warnings: [],
    });
  });

  it('computes both check characters, including X (value 10) in the organisation code', () => {
    expect(creditCodeCheckCharacter(REAL.tencent.slice(0, 17))).toBe('G');
    expect(organisationCodeCheckCharacter('71526726')).toBe('X');
    expect(organisationCodeCheckCharacter('19220382')).toBe('1');
  });

  it('normalises lower case, spaces and full-width characters typed with an IME', () => {
    expect(validateCreditCode(' 91110000710926094p ').valid).toBe(true);
    expect(validateCreditCode('９１１１００００７１０９２６０９４Ｐ')).toMatchObject({
      valid: true,
      code: REAL.sinopec,
    });
  });

  it('reports a wrong length', () => {
    expect(validateCreditCode('9111000071092609')).toMatchObject({
      valid: false,
      problem: { reason: 'wrong_length', length: 16 },
      messageKey: 'credit_code.wrong_length',
      params: { length: 16 },
    });
  });

  it('reports a bad character and its 1-based position (I, O, S, V, Z are not used)', () => {
    expect(validateCreditCode('91110000710926094I')).toMatchObject({
      valid: false,
      problem: { reason: 'bad_character', position: 18, char: 'I' },
    });
    expect(validateCreditCode('9111000O710926094P')).toMatchObject({
      problem: { reason: 'bad_character', position: 8, char: 'O' },
    });
    // characters 3–8 are an administrative division code: digits only
    expect(validateCreditCode('9111A000710926094P')).toMatchObject({
      problem: { reason: 'bad_character', position: 5, char: 'A' },
    });
  });

  it('reports the expected check character', () => {
    // the example sometimes quoted for this code is wrong: its check character is F
    const result = validateCreditCode('91110000100003000A');
    expect(result).toMatchObject({
      valid: false,
      problem: { reason: 'bad_check_character', expected: 'F', actual: 'A' },
    });
    if (!result.valid) {
      expect(formatMessage(result.messageKey, 'en', result.params)).toBe(
        'The check character of the unified social credit code is wrong: expected "F", got "A".',
      );
      expect(formatMessage(result.messageKey, 'zh-CN', result.params)).toContain('应为“F”');
    }
  });

  it('detects a single typo and a transposition', () => {
    expect(isValidCreditCode('91110108551385083Q')).toBe(false);
    expect(isValidCreditCode('91110108553185082Q')).toBe(false);
  });

  it('warns (or fails when strict) on a wrong organisation-code check inside an otherwise valid code', () => {
    // 91110000100003000 has org-code check 0 where GB 11714 wants 6; its GB 32100 check is F
    const code = '91110000100003000F';
    expect(validateCreditCode(code)).toMatchObject({
      valid: true,
      warnings: [{ reason: 'bad_org_code_check', expected: '6', actual: '0' }],
    });
    expect(validateCreditCode(code, { strictOrganisationCode: true })).toMatchObject({
      valid: false,
      messageKey: 'credit_code.bad_org_code_check',
    });
  });

  it('assertCreditCode returns the normalised code or throws a field error', () => {
    expect(assertCreditCode('91110000802100433b')).toBe(REAL.baidu);
    try {
      assertCreditCode('123', 'vendor.creditCode');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({
        'vendor.creditCode': ['credit_code.wrong_length'],
      });
    }
  });
});

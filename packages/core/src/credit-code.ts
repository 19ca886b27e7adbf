import { ValidationError } from './errors.ts';
import type { MessageParams } from './messages.ts';

// GB 32100-2015: the 31 characters allowed (no I, O, S, V, Z), each worth its index.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// GB 11714-1997: the organisation code (credit code characters 9–17) has its own mod-11 check.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

export type CreditCodeProblem =
  | { reason: 'wrong_length'; length: number }
  | { reason: 'bad_character'; position: number; char: string }
  | { reason: 'bad_check_character'; expected: string; actual: string }
  | { reason: 'bad_org_code_check'; expected: string; actual: string };

export interface CreditCodeParts {
  /** 登记管理部门代码, e.g. '9' = market regulation (工商). */
  registrationAuthority: string;
  /** 机构类别代码, e.g. '1' = enterprise under '9'. */
  category: string;
  /** 登记管理机关行政区划码 (6 digits). */
  regionCode: string;
  /** 主体标识码 (organisation code, 9 characters with its check). */
  organisationCode: string;
}

export type CreditCodeResult =
  | { valid: true; code: string; parts: CreditCodeParts; warnings: CreditCodeProblem[] }
  | { valid: false; code: string; problem: CreditCodeProblem; messageKey: string; params: MessageParams };

export interface CreditCodeOptions {
  /**
   * Treat a wrong organisation-code check (characters 9–17) as an error. Off by default: GB 32100 only
   * mandates the 18th character, so a mismatch there is returned as a warning.
   */
  strictOrganisationCode?: boolean;
}

/** Trims, upper-cases and folds full-width letters and digits, as typed with a Chinese IME. */
export function normaliseCreditCode(input: string): string {
  return input
    .trim()
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .toUpperCase();
}

/** The check character for the first 17 characters (which must already be in the charset). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character for an 8-character organisation code body: 10 → 'X', 11 → '0'. */
export function organisationCodeCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i]!;
    const value = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    sum += value * ORG_WEIGHTS[i]!;
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

function problemMessage(problem: CreditCodeProblem): { messageKey: string; params: MessageParams } {
  const { reason, ...params } = problem;
  return { messageKey: `credit_code.${reason}`, params };
}

function invalid(code: string, problem: CreditCodeProblem): CreditCodeResult {
  return { valid: false, code, problem, ...problemMessage(problem) };
}

export function validateCreditCode(input: string, options: CreditCodeOptions = {}): CreditCodeResult {
  const code = normaliseCreditCode(input);
  const chars = Array.from(code);
  if (chars.length !== 18) return invalid(code, { reason: 'wrong_length', length: chars.length });
  for (let i = 0; i < 18; i++) {
    const c = chars[i]!;
    const isRegion = i >= 2 && i < 8;
    if (isRegion ? !(c >= '0' && c <= '9') : !CHARSET.includes(c)) {
      return invalid(code, { reason: 'bad_character', position: i + 1, char: c });
    }
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) {
    return invalid(code, { reason: 'bad_check_character', expected, actual: code[17]! });
  }
  const warnings: CreditCodeProblem[] = [];
  const orgExpected = organisationCodeCheckCharacter(code.slice(8, 16));
  if (orgExpected !== code[16]) {
    const problem: CreditCodeProblem = {
      reason: 'bad_org_code_check',
      expected: orgExpected,
      actual: code[16]!,
    };
    if (options.strictOrganisationCode) return invalid(code, problem);
    warnings.push(problem);
  }
  const parts: CreditCodeParts = {
    registrationAuthority: code[0]!,
    category: code[1]!,
    regionCode: code.slice(2, 8),
    organisationCode: code.slice(8, 17),
  };
  return { valid: true, code, parts, warnings };
}

export function isValidCreditCode(input: string, options?: CreditCodeOptions): boolean {
  return validateCreditCode(input, options).valid;
}

/** Returns the normalised code or throws a ValidationError on `field` (for API input). */
export function assertCreditCode(input: string, field = 'creditCode', options?: CreditCodeOptions): string {
  const result = validateCreditCode(input, options);
  if (result.valid) return result.code;
  throw new ValidationError({ [field]: [result.messageKey] }, result.messageKey, result.params);
}

import { COMMON_PASSWORDS } from './common-passwords.ts';

/**
 * ASVS 5.0 6.2.x / NIST SP 800-63B: length is what counts. At least 12 (ASVS asks 8; an admin app that
 * moves money warrants more), at most 128, every character allowed, no composition rules, a
 * blocklist of common and trivially patterned passwords, and no user name or email inside.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordPolicyIssue =
  | { key: 'password.too_short'; params: { min: number } }
  | { key: 'password.too_long'; params: { max: number } }
  | { key: 'password.too_common'; params: Record<string, never> }
  | { key: 'password.contains_user_input'; params: Record<string, never> };

export interface PasswordPolicyResult {
  ok: boolean;
  issues: PasswordPolicyIssue[];
}

export interface PasswordPolicyContext {
  /** User name, email, email local part, display name: refused inside the password when >= 4 chars. */
  userInputs?: readonly string[];
}

/** 'aaaaaaaaaaaa', 'abcabcabcabc', '121212121212': a unit of up to 4 characters repeated. */
function isRepetitive(chars: readonly string[]): boolean {
  for (let period = 1; period <= 4; period++) {
    if (chars.length < period * 2) break;
    if (chars.every((c, i) => c === chars[i % period])) return true;
  }
  return false;
}

/** 'abcdefghijkl', '987654321098': every step +1 or every step -1 (digits wrap 9 -> 0). */
function isSequential(chars: readonly string[]): boolean {
  const codes = chars.map((c) => c.codePointAt(0)!);
  const isDigit = (code: number) => code >= 48 && code <= 57;
  const step = (a: number, b: number) => {
    if (!isDigit(a) || !isDigit(b)) return b - a;
    const d = (b - a + 10) % 10;
    return d === 9 ? -1 : d;
  };
  for (const direction of [1, -1]) {
    if (codes.every((code, i) => i === 0 || step(codes[i - 1]!, code) === direction)) return true;
  }
  return false;
}

export function checkPasswordPolicy(
  password: string,
  context: PasswordPolicyContext = {},
): PasswordPolicyResult {
  const normalized = password.normalize('NFKC');
  const chars = Array.from(normalized); // code points, so a Chinese character counts as one
  const issues: PasswordPolicyIssue[] = [];
  if (chars.length < PASSWORD_MIN_LENGTH)
    issues.push({ key: 'password.too_short', params: { min: PASSWORD_MIN_LENGTH } });
  if (chars.length > PASSWORD_MAX_LENGTH)
    issues.push({ key: 'password.too_long', params: { max: PASSWORD_MAX_LENGTH } });
  const lower = normalized.toLowerCase();
  const lowerChars = Array.from(lower);
  if (COMMON_PASSWORDS.has(lower) || isRepetitive(lowerChars) || isSequential(lowerChars)) {
    issues.push({ key: 'password.too_common', params: {} });
  }
  const inputs = (context.userInputs ?? []).map((s) => s.normalize('NFKC').toLowerCase().trim());
  if (inputs.some((input) => Array.from(input).length >= 4 && lower.includes(input))) {
    issues.push({ key: 'password.contains_user_input', params: {} });
  }
  return { ok: issues.length === 0, issues };
}

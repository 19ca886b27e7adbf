export * from './common-passwords.ts';
export * from './cookies.ts';
export * from './csrf.ts';
export * from './messages.ts';
export * from './password.ts';
export * from './password-policy.ts';
export * from './session-policy.ts';
export * from './tokens.ts';

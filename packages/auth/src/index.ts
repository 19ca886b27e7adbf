export * from './cookies.ts';
export * from './csrf.ts';
export * from './session-policy.ts';
export * from './tokens.ts';

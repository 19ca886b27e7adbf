export * from './calendar/index.ts';
export * from './credit-code.ts';
export * from './errors.ts';
export * from './messages.ts';
export * from './rules/index.ts';
export * from './schedule/index.ts';
export * from './scoring/index.ts';
export * from './version.ts';

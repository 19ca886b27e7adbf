export * from './backtest.ts';
export * from './bands.ts';
export * from './defaults.ts';
export * from './evaluate.ts';
export * from './money.ts';
export * from './periods.ts';
export * from './types.ts';
export * from './warnings.ts';

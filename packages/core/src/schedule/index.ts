export * from './cadence.ts';
export * from './plan.ts';
export * from './prng.ts';
export * from './spot-check.ts';

export * from './compute.ts';
export * from './explain.ts';
export * from './level-weights.ts';
export * from './points.ts';
export * from './rules.ts';
export * from './types.ts';

import { mulberry32, seedFromString } from '@steward/core';

/**
 * The generator's only source of randomness: a seeded PRNG per purpose, so the same seed always gives
 * the same rows (ids included), and adding a new kind of record later does not shift the others.
 */
export interface Rng {
  next(): number;
  /** an integer in [min, max] */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** a version-4-shaped UUID drawn from the sequence */
  uuid(): string;
}

export function rngFor(seed: number, purpose: string): Rng {
  const next = mulberry32(seedFromString(`${seed}/${purpose}`));
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
  };
}

import { createHash } from 'node:crypto';
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
  // Ids come from a hash of (seed, purpose, counter), not from the PRNG: every mulberry32 seed is a point
  // on one 2^32 cycle, so two long streams can overlap and would then repeat each other's ids.
  let counter = 0;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    uuid: () => {
      const h = createHash('sha256').update(`${seed}/${purpose}/${counter++}`).digest('hex');
      const variant = '89ab'[Number.parseInt(h[16]!, 16) % 4];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}

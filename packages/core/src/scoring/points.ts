/**
 * Scores are integers in hundredths of a point (centipoints): 100 points = 10000. Integers add up exactly,
 * so a recomputation always gives the same figure and the lineage sums to the score.
 */
export type Centipoints = number;

export const FULL_MARKS: Centipoints = 10_000;

export function toCentipoints(points: number): Centipoints {
  if (!Number.isFinite(points)) throw new RangeError(`Not a number of points: ${points}`);
  return Math.round(points * 100);
}

export function fromCentipoints(centipoints: Centipoints): number {
  return centipoints / 100;
}

/** '97.5', '100', '-2.25': no trailing zeros, no float noise. */
export function formatPoints(centipoints: Centipoints): string {
  const sign = centipoints < 0 ? '-' : '';
  const abs = Math.abs(centipoints);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

/** num / den rounded half away from zero, in integers (den > 0). */
export function roundDiv(num: number, den: number): number {
  if (den <= 0) throw new RangeError('Divisor must be positive');
  const q = Math.floor((2 * Math.abs(num) + den) / (2 * den));
  return num < 0 ? -q : q;
}

import { ValidationError } from '../errors.ts';

/**
 * A band starts at `from` (inclusive) and runs to the next band's `from` (exclusive); the last band runs to
 * 100 inclusive — and beyond, for bonus-lifted scores. Bands are defined by their lower bounds only, so
 * there can be no gap, no overlap, and a value of exactly 100 always has a band (ERPNext's flaw).
 */
export interface Band {
  from: number;
  /** Shown to users, e.g. '满意' / '优秀'. */
  name: string;
  /** Money for the period in integer fen: positive = reward, negative = deduction from the deposit. */
  amountFen: number;
}

/** Percent with two decimals as an integer (97.5 → 9750): comparisons without float noise. */
export const toHundredths = (value: number): number => Math.round(value * 100);

export function validateBands(bands: readonly Band[], field: string): void {
  const errors: Record<string, string[]> = {};
  if (bands.length === 0 || bands[0]!.from !== 0) errors[`${field}.0.from`] = ['rules.bands_start_at_zero'];
  bands.forEach((band, i) => {
    if (!(band.from >= 0 && band.from <= 100)) errors[`${field}.${i}.from`] = ['rules.bands_within_0_100'];
    else if (i > 0 && toHundredths(band.from) <= toHundredths(bands[i - 1]!.from)) {
      errors[`${field}.${i}.from`] = ['rules.bands_increasing'];
    }
    if (!Number.isInteger(band.amountFen)) errors[`${field}.${i}.amountFen`] = ['rules.amount_integer_fen'];
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

/** The band holding `value` (0–100, or above 100 → the top band; below 0 → the bottom band). */
export function bandFor(bands: readonly Band[], value: number): Band {
  const v = toHundredths(value);
  let found = bands[0]!;
  for (const band of bands) if (v >= toHundredths(band.from)) found = band;
  return found;
}

/** Quarter 'YYYY-Qn' → a running index, so consecutiveness is plain arithmetic. */
export function quarterIndex(quarter: string): number {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new RangeError(`Not a quarter (YYYY-Qn): ${quarter}`);
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

export function yearIndex(year: string): number {
  if (!/^\d{4}$/.test(year)) throw new RangeError(`Not a year (YYYY): ${year}`);
  return Number(year);
}

/**
 * Maximal runs of consecutive periods (no gap: a period without a survey breaks the run) whose items all
 * satisfy `test`, in period order.
 */
export function consecutiveRuns<T>(
  items: readonly T[],
  index: (t: T) => number,
  test: (t: T) => boolean,
): T[][] {
  const sorted = [...items].sort((a, b) => index(a) - index(b));
  const out: T[][] = [];
  let current: T[] = [];
  let last = Number.NaN;
  for (const item of sorted) {
    const i = index(item);
    if (!test(item) || i !== last + 1) {
      if (current.length > 0) out.push(current);
      current = [];
    }
    if (test(item)) current.push(item);
    last = i;
  }
  if (current.length > 0) out.push(current);
  return out;
}

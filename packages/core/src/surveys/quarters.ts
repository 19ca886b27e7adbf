import type { IsoDate } from '../calendar/dates.ts';

/** 'YYYY-Qn' of a calendar day. */
export function quarterOf(date: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (!m) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return `${m[1]}-Q${Math.floor((Number(m[2]) - 1) / 3) + 1}`;
}

/** First and last calendar day of a quarter 'YYYY-Qn'. */
export function quarterDays(quarter: string): { from: IsoDate; to: IsoDate } {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new RangeError(`Not a quarter (YYYY-Qn): ${quarter}`);
  const year = Number(m[1]);
  const q = Number(m[2]);
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** The quarter `n` quarters after (negative: before) the given one. */
export function shiftQuarter(quarter: string, n: number): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) throw new RangeError(`Not a quarter (YYYY-Qn): ${quarter}`);
  const index = Number(m[1]) * 4 + Number(m[2]) - 1 + n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

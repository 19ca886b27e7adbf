/** Calendar days as 'YYYY-MM-DD', computed on UTC day numbers (never the browser's own zone). */
const DAY_MS = 86_400_000;

export function todayIn(timeZone: string, now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(now));
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Monday..Sunday of the week, or the first..last day of the month, containing `date`. */
export function rangeOf(view: 'week' | 'month', date: string): { from: string; to: string } {
  if (view === 'week') {
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
    const from = addDays(date, -weekday);
    return { from, to: addDays(from, 6) };
  }
  const [y, m] = date.split('-').map(Number) as [number, number];
  const from = `${date.slice(0, 7)}-01`;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from, to: `${date.slice(0, 7)}-${String(last).padStart(2, '0')}` };
}

/** The same position one period earlier or later. */
export function shift(view: 'week' | 'month', date: string, by: number): string {
  if (view === 'week') return addDays(date, 7 * by);
  const [y, m] = date.split('-').map(Number) as [number, number];
  const month = new Date(Date.UTC(y, m - 1 + by, 1));
  return month.toISOString().slice(0, 10);
}

/** 'YYYY-MM' of an instant in a time zone: the month the tenant is in. */
export function currentMonth(timeZone: string, now = Date.now()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/** Centipoints as points: 9650 → '96.5'. */
export function points(centi: number): string {
  return (Math.round(centi) / 100).toString();
}

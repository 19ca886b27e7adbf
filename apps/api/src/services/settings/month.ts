import { addDays, type DayInfo, type WorkingCalendar, yearOf } from '@steward/core';

/**
 * One month of the tenant's calendar as the deadlines see it: each day working or not, and why
 * (weekday, official notice, or the tenant's override), with the holiday's name.
 */
export function monthView(calendar: WorkingCalendar, month: string) {
  const first = `${month}-01`;
  const days: DayInfo[] = [];
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) days.push(calendar.dayInfo(d));
  return { month, covered: calendar.coversYear(yearOf(first)), days };
}

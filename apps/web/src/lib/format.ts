import type { Locale } from '../i18n/messages.ts';

/** The tenant's time zone decides what clock time and calendar day people see; Asia/Shanghai until set. */
export const defaultTimeZone = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZone,
    });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A date and time as the tenant sees it, whatever the browser's own zone.
 *
 * @example formatDateTime('2026-01-31T16:30:00Z', 'zh-CN') // '2026/02/01 00:30:00'
 */
export function formatDateTime(
  value: string | number | Date,
  locale: Locale,
  timeZone = defaultTimeZone,
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '—';
  return formatter(locale, timeZone).format(date);
}

import { daysBetween, type IsoDate } from './calendar/dates.ts';

/** Where a dated permit stands on a given calendar day (licences, qualifications, staff certificates). */
export type ValidityStatus = 'valid' | 'expiring' | 'expired' | 'undated';

export interface Validity {
  status: ValidityStatus;
  /** Days from `today` to the last valid day (0 = expires today, negative = expired); null when undated. */
  daysLeft: number | null;
}

/** Days before expiry from which a permit counts as expiring soon, unless the caller says otherwise. */
export const DEFAULT_EXPIRY_WARNING_DAYS = 30;

/**
 * `validUntil` is the last day the permit is valid (inclusive), in the tenant's calendar, as is `today`.
 * Expiring soon: it lapses within `warningDays` days (the last valid day is at most `today + warningDays`).
 */
export function validityOn(
  validUntil: IsoDate | null | undefined,
  today: IsoDate,
  warningDays: number = DEFAULT_EXPIRY_WARNING_DAYS,
): Validity {
  if (!validUntil) return { status: 'undated', daysLeft: null };
  const daysLeft = daysBetween(today, validUntil);
  if (daysLeft < 0) return { status: 'expired', daysLeft };
  if (daysLeft <= warningDays) return { status: 'expiring', daysLeft };
  return { status: 'valid', daysLeft };
}

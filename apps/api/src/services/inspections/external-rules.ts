import { addDays, addMonths, daysBetween, isIsoDate } from '@steward/core';
import type { ExternalTypeSnapshot } from './snapshot.ts';

/** Evidence for a record's document field is linked with this item code. */
export const recordItemCode = (fieldCode: string) => `record:${fieldCode}`;

export type RecordValue = string | number | boolean | null;

/**
 * Checks an external inspector's record against the fields their plugin declares. Returns field errors
 * (message keys) by `record.<code>`; documents count when evidence was uploaded for the field.
 */
export function checkRecord(
  type: ExternalTypeSnapshot,
  record: Readonly<Record<string, unknown>>,
  documentFields: ReadonlySet<string>,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const put = (code: string, key: string) => {
    errors[`record.${code}`] = [key];
  };
  for (const field of type.records) {
    const value = record[field.code];
    const empty = value === undefined || value === null || value === '';
    switch (field.type) {
      case 'document':
        if (field.required && !documentFields.has(field.code)) put(field.code, 'inspection.record_document');
        break;
      case 'number':
        if (empty) {
          if (field.required) put(field.code, 'inspection.record_required');
        } else if (typeof value !== 'number' || !Number.isFinite(value))
          put(field.code, 'inspection.record_number');
        break;
      case 'date':
        if (empty) {
          if (field.required) put(field.code, 'inspection.record_required');
        } else if (typeof value !== 'string' || !isIsoDate(value)) put(field.code, 'inspection.record_date');
        break;
      case 'boolean':
        if (field.required && typeof value !== 'boolean') put(field.code, 'inspection.record_required');
        break;
      default:
        if (field.required && (typeof value !== 'string' || value.trim() === ''))
          put(field.code, 'inspection.record_required');
    }
  }
  return errors;
}

/**
 * Until when the certificate is valid: what the inspector entered, else the inspection date (the record's
 * `date` field when it has one) plus the type's validity.
 */
export function certificateExpiry(
  type: ExternalTypeSnapshot,
  record: Readonly<Record<string, unknown>>,
  entered: string | null,
  inspectedOn: string,
): string | null {
  if (!type.certificate) return null;
  if (entered) return entered;
  const date = typeof record.date === 'string' && isIsoDate(record.date) ? record.date : inspectedOn;
  return addDays(addMonths(date, type.certificate.validityMonths), -1);
}

export type CertificateState = 'valid' | 'expiring' | 'expired';

/** Expiring from `warningDays` before the last valid day; expired the day after it. */
export function certificateState(validUntil: string, warningDays: number, today: string): CertificateState {
  const left = daysBetween(today, validUntil);
  if (left < 0) return 'expired';
  return left <= warningDays ? 'expiring' : 'valid';
}

import { locale, t } from '../../i18n/locale.ts';
import { dictionaries, type MessageKey } from '../../i18n/messages.ts';

/** Licence / qualification kinds offered in the form; any other kind typed by the API shows as is. */
export const QUALIFICATION_KINDS = [
  'business_licence',
  'security_service_licence',
  'food_operation_licence',
  'elevator_maintenance',
  'fire_technical_service',
  'property_management',
  'other',
] as const;

export const CERTIFICATE_KINDS = [
  'health',
  'job',
  'guard',
  'special_equipment',
  'fire_operator',
  'other',
] as const;

function known(key: string): key is MessageKey {
  return key in dictionaries[locale()];
}

/** The name of a licence or certificate kind in the UI language. */
export function permitKindName(kind: string): string {
  const key = `permit.kind.${kind}`;
  return known(key) ? t(key) : kind;
}

export function vendorStatusName(status: string): string {
  const key = `vendors.status.${status}`;
  return known(key) ? t(key) : status;
}

/** A plugin's localized name `{ zh, en }` in the UI language. */
export function localizedName(name: { zh: string; en: string }): string {
  return locale() === 'en' ? name.en : name.zh;
}

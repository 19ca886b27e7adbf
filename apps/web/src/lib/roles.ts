import { ROLES, type Role, roleNames } from '@steward/access';
import { locale } from '../i18n/locale.ts';

/** A role's name in the UI language (the glossary's words), from the same table the API uses. */
export function roleName(role: Role): string {
  return roleNames[role][locale()];
}

export function roleOptions(): { value: Role; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: roleName(role) }));
}

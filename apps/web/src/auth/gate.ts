import type { Role } from '@steward/access';
import type { api } from '../lib/trpc.ts';

/** `auth.me` when signed in (with or without the second factor done). */
export type Me = NonNullable<Awaited<ReturnType<typeof api.auth.me.query>>>;
export type MyTenant = Me['tenants'][number];

export const signInPath = '/sign-in';
/** Where TOTP enrolment lives; a tenant that requires 2FA sends its members here first. */
export const enrolmentPath = '/account';

export function activeTenantOf(me: Me | null | undefined): MyTenant | null {
  if (!me?.activeTenantId) return null;
  return me.tenants.find((tenant) => tenant.id === me.activeTenantId) ?? null;
}

export function rolesOf(me: Me | null | undefined): Role[] {
  return activeTenantOf(me)?.roles ?? [];
}

export type Gate = { kind: 'show' } | { kind: 'redirect'; to: string };

/**
 * What a signed-in-only route does with the current session: show it, send the visitor to sign in (coming
 * back afterwards), finish the second factor, or enrol TOTP first when the active tenant requires it.
 */
export function gateFor(me: Me | null, pathname: string, search = ''): Gate {
  if (!me || me.pendingMfa) {
    const next = `${pathname}${search}`;
    const query = next === '/' ? '' : `?next=${encodeURIComponent(next)}`;
    return { kind: 'redirect', to: `${signInPath}${query}` };
  }
  if (activeTenantOf(me)?.mfaRequired && pathname !== enrolmentPath)
    return { kind: 'redirect', to: enrolmentPath };
  return { kind: 'show' };
}

/** Only same-app paths are followed after sign-in, so `?next=` cannot send anyone to another site. */
export function safeNext(value: string | null | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

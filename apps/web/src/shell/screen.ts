import type { RouteSectionProps } from '@solidjs/router';
import type { Role } from '@steward/access';
import type { Component } from 'solid-js';
import { canOpen, type ScreenAccess } from '../auth/access.ts';
import type { MessageKey } from '../i18n/messages.ts';

/**
 * One screen of the app: its route and, when it belongs in the navigation, its entry there. Feature areas
 * (inspections, rectifications, contracts…) each export one and add it to `screens.ts`; the router and the
 * navigation are both built from that list, so a link never points at a screen that does not exist.
 */
export interface Screen {
  path: string;
  /** A lazily loaded component (`lazy(() => import(...))`), so each screen is its own chunk. */
  component: Component<RouteSectionProps>;
  /** Open without signing in (sign-in, invitation, password reset): shown without the navigation. */
  public?: boolean;
  /** Who may open it; omitted means every signed-in member. */
  access?: ScreenAccess;
  nav?: {
    label: MessageKey;
    icon: Component;
    /** Lower comes first; leave gaps (10, 20…) so later screens can slot in between. */
    order: number;
    /** Shown after the label, e.g. how many items wait for the user (renders nothing when there are none). */
    badge?: Component;
  };
}

export interface NavEntry {
  path: string;
  label: MessageKey;
  icon: Component;
  access?: ScreenAccess;
  badge?: Component;
}

export function navEntriesOf(screens: readonly Screen[]): NavEntry[] {
  return screens
    .flatMap((screen) => (screen.nav ? [{ path: screen.path, access: screen.access, ...screen.nav }] : []))
    .sort((a, b) => a.order - b.order)
    .map(({ path, label, icon, access, badge }) => ({
      path,
      label,
      icon,
      ...(access ? { access } : {}),
      ...(badge ? { badge } : {}),
    }));
}

/** The entries the user's roles in the active tenant can open. */
export function visibleNav(entries: readonly NavEntry[], roles: readonly Role[]): NavEntry[] {
  return entries.filter((entry) => canOpen(entry.access, roles));
}

/** Whether `pathname` is what the route `pattern` matches; `:name` stands for one path segment. */
export function matchesPath(pattern: string, pathname: string): boolean {
  if (!pattern.includes(':')) return pattern === pathname;
  const a = pattern.split('/');
  const b = pathname.split('/');
  return a.length === b.length && a.every((seg, i) => (seg.startsWith(':') ? b[i] !== '' : seg === b[i]));
}

/** Public screens render outside the signed-in shell (their paths may carry parameters, e.g. a code). */
export function isPublicPath(screens: readonly Screen[], pathname: string): boolean {
  return screens.some((screen) => screen.public && matchesPath(screen.path, pathname));
}

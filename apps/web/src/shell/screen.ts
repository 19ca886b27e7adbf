import type { RouteSectionProps } from '@solidjs/router';
import type { Component } from 'solid-js';
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
  nav?: {
    label: MessageKey;
    icon: Component;
    /** Lower comes first; leave gaps (10, 20…) so later screens can slot in between. */
    order: number;
  };
}

export interface NavEntry {
  path: string;
  label: MessageKey;
  icon: Component;
}

export function navEntriesOf(screens: readonly Screen[]): NavEntry[] {
  return screens
    .flatMap((screen) => (screen.nav ? [{ path: screen.path, ...screen.nav }] : []))
    .sort((a, b) => a.order - b.order)
    .map(({ path, label, icon }) => ({ path, label, icon }));
}

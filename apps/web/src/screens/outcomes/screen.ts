import { lazy } from 'solid-js';
import { HomeIcon, KeyIcon, LedgerIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';
import { AwaitingBadge } from './awaiting.tsx';

/** Issue 7: consequences, appeals, the deposit ledger, the monthly bulletin and the leadership dashboard. */
export const outcomeScreens: Screen[] = [
  {
    // Every consequence, exit warnings included (the old /consequences address redirects here).
    path: '/outcomes',
    component: lazy(() => import('./board-page.tsx')),
    access: { permission: 'consequences.read' },
    nav: { label: 'nav.outcomes', icon: KeyIcon, order: 28, badge: AwaitingBadge },
  },
  {
    path: '/outcomes/rules',
    component: lazy(() => import('./rules-page.tsx')),
    access: { permission: 'consequences.read' },
  },
  {
    path: '/outcomes/ledger',
    component: lazy(() => import('./ledger-page.tsx')),
    access: { permission: 'deposits.read' },
  },
  {
    path: '/my-outcomes',
    component: lazy(() => import('./mine-page.tsx')),
    access: { permission: 'consequences.respond' },
    nav: { label: 'nav.my_outcomes', icon: KeyIcon, order: 28 },
  },
  {
    path: '/bulletins',
    component: lazy(() => import('./bulletins-page.tsx')),
    access: { permission: 'bulletins.read' },
    nav: { label: 'nav.bulletins', icon: LedgerIcon, order: 29 },
  },
  {
    path: '/bulletins/:id',
    component: lazy(() => import('./bulletin-page.tsx')),
    access: { permission: 'bulletins.read' },
  },
  {
    path: '/dashboard',
    component: lazy(() => import('./dashboard-page.tsx')),
    access: { permission: 'dashboard.read' },
    nav: { label: 'nav.dashboard', icon: HomeIcon, order: 5 },
  },
];

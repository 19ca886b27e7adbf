import { lazy } from 'solid-js';
import { LedgerIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

/** Notices (supervisors) or the inbox (a vendor's contractor), and one notice with its history. */
export const rectificationScreens: Screen[] = [
  {
    path: '/rectifications',
    component: lazy(() => import('./rectifications-page.tsx')),
    access: { permission: 'rectifications.read', viaGrants: true },
    nav: { label: 'nav.rectifications', icon: LedgerIcon, order: 24 },
  },
  {
    path: '/rectifications/:id',
    component: lazy(() => import('./rectification-detail-page.tsx')),
    access: { permission: 'rectifications.read', viaGrants: true },
  },
];

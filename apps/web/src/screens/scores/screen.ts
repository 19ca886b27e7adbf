import { lazy } from 'solid-js';
import { LedgerIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

/** The monthly assessment: every contract's month, and one contract's trend, lineage and bonuses. */
export const scoreScreens: Screen[] = [
  {
    path: '/scores',
    component: lazy(() => import('./scores-page.tsx')),
    access: { permission: 'scores.read', viaGrants: true },
    nav: { label: 'nav.scores', icon: LedgerIcon, order: 26 },
  },
  {
    path: '/scores/:contractId',
    component: lazy(() => import('./contract-score-page.tsx')),
    access: { permission: 'scores.read', viaGrants: true },
  },
];

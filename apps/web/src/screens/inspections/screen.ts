import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';
import { BadgeIcon, ClipboardIcon } from './icons.tsx';

export const inspectionScreens: Screen[] = [
  {
    path: '/inspections',
    component: lazy(() => import('./list-page.tsx')),
    access: { permission: 'inspections.read', viaGrants: true },
    nav: { label: 'nav.inspections', icon: ClipboardIcon, order: 3 },
  },
  {
    // From a plan (`?plan=`) or ad hoc (`?contract=&line=&site=&kind=`); opens the form once started.
    path: '/inspections/new',
    component: lazy(() => import('./new-page.tsx')),
    access: { permission: 'inspections.read', viaGrants: true },
  },
  {
    // External inspectors and evaluators: their grant's contracts, lines and inspection types.
    path: '/inspections/external',
    component: lazy(() => import('./external-page.tsx')),
    access: { permission: 'inspections.record', viaGrants: true },
    nav: { label: 'nav.external', icon: BadgeIcon, order: 4 },
  },
  {
    path: '/inspections/:id',
    component: lazy(() => import('./inspection-page.tsx')),
  },
];

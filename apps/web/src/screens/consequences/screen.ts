import { lazy } from 'solid-js';
import { KeyIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

/** Leaders decide exit-warning proposals here (R22). */
export const consequencesScreen: Screen = {
  path: '/consequences',
  component: lazy(() => import('./consequences-page.tsx')),
  access: { permission: 'consequences.read' },
  nav: { label: 'nav.consequences', icon: KeyIcon, order: 27 },
};

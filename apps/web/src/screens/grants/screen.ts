import { lazy } from 'solid-js';
import { KeyIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

export const grantsScreen: Screen = {
  path: '/grants',
  component: lazy(() => import('./grants-page.tsx')),
  access: { permission: 'grants.read' },
  nav: { label: 'nav.grants', icon: KeyIcon, order: 30 },
};

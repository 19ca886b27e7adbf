import { lazy } from 'solid-js';
import { BuildingIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

export const sitesScreen: Screen = {
  path: '/sites',
  component: lazy(() => import('./sites-page.tsx')),
  // Evaluators and external inspectors read the sites their grants cover (sites.list filters them).
  access: { permission: 'sites.read', viaGrants: true },
  nav: { label: 'nav.sites', icon: BuildingIcon, order: 10 },
};

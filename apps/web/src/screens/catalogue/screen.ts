import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';
import { CatalogueIcon } from './icon.tsx';

// Grant holders read the lines their grants cover (catalogue.plugins filters them).
const access = { permission: 'catalogue.read', viaGrants: true } as const;

export const catalogueScreens: Screen[] = [
  {
    path: '/catalogue',
    component: lazy(() => import('./catalogue-page.tsx')),
    access,
    nav: { label: 'nav.catalogue', icon: CatalogueIcon, order: 25 },
  },
  { path: '/catalogue/:pluginId', component: lazy(() => import('./standards-page.tsx')), access },
  {
    path: '/catalogue/:pluginId/overlay',
    component: lazy(() => import('./overlay-page.tsx')),
    access: { permission: 'catalogue.manage' },
  },
];

import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';
import { VendorIcon } from './icons.tsx';

// Evaluators and external inspectors see the vendors of the contracts their grants cover.
const access = { permission: 'vendors.read', viaGrants: true } as const;

export const vendorScreens: Screen[] = [
  {
    path: '/vendors',
    component: lazy(() => import('./vendors-page.tsx')),
    access,
    nav: { label: 'nav.vendors', icon: VendorIcon, order: 16 },
  },
  { path: '/vendors/expiring', component: lazy(() => import('./expiring-page.tsx')), access },
  { path: '/vendors/:id', component: lazy(() => import('./vendor-page.tsx')), access },
];

import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';
import { ContractIcon } from '../vendors/icons.tsx';

// Contractors see their own vendor's contracts; evaluators and inspectors those their grants cover.
const access = { permission: 'contracts.read', viaGrants: true } as const;

export const contractScreens: Screen[] = [
  {
    path: '/contracts',
    component: lazy(() => import('./contracts-page.tsx')),
    access,
    nav: { label: 'nav.contracts', icon: ContractIcon, order: 15 },
  },
  { path: '/contracts/:id', component: lazy(() => import('./contract-page.tsx')), access },
];

import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';
import { AssignmentIcon } from '../vendors/icons.tsx';

export const assignmentsScreen: Screen = {
  path: '/assignments',
  component: lazy(() => import('./assignments-page.tsx')),
  access: { permission: 'plans.read', viaGrants: true },
  nav: { label: 'nav.assignments', icon: AssignmentIcon, order: 28 },
};

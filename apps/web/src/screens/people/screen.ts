import { lazy } from 'solid-js';
import { PeopleIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

export const peopleScreen: Screen = {
  path: '/people',
  component: lazy(() => import('./people-page.tsx')),
  access: { permission: 'people.manage' },
  nav: { label: 'nav.people', icon: PeopleIcon, order: 20 },
};

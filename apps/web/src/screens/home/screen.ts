import { lazy } from 'solid-js';
import { HomeIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

export const homeScreen: Screen = {
  path: '/',
  component: lazy(() => import('./home-page.tsx')),
  nav: { label: 'nav.home', icon: HomeIcon, order: 0 },
};

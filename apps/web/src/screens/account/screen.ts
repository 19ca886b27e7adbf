import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';

/** Reached from the header (not the tab bar): TOTP enrolment and my sessions. */
export const accountScreen: Screen = {
  path: '/account',
  component: lazy(() => import('./account-page.tsx')),
};

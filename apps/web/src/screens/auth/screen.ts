import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';

export const authScreens: Screen[] = [
  { path: '/sign-in', public: true, component: lazy(() => import('./sign-in-page.tsx')) },
  { path: '/forgot-password', public: true, component: lazy(() => import('./forgot-password-page.tsx')) },
  { path: '/reset-password', public: true, component: lazy(() => import('./reset-password-page.tsx')) },
  { path: '/accept-invitation', public: true, component: lazy(() => import('./accept-invitation-page.tsx')) },
];

import { lazy } from 'solid-js';
import { SettingsIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

export const settingsScreen: Screen = {
  path: '/settings',
  component: lazy(() => import('./settings-page.tsx')),
  access: { permission: 'tenant.manage' },
  nav: { label: 'nav.settings', icon: SettingsIcon, order: 50 },
};

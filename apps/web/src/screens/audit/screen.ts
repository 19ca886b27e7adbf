import { lazy } from 'solid-js';
import { LedgerIcon } from '../../shell/icons.tsx';
import type { Screen } from '../../shell/screen.ts';

export const auditScreen: Screen = {
  path: '/audit',
  component: lazy(() => import('./audit-page.tsx')),
  access: { permission: 'audit.read' },
  nav: { label: 'nav.audit', icon: LedgerIcon, order: 40 },
};

import { Navigate } from '@solidjs/router';
import type { Screen } from '../../shell/screen.ts';

/**
 * Issue 5's exit-warning desk merged into the consequence board (/outcomes), which decides every kind.
 * The old address still works: it opens the board filtered to exit warnings.
 */
export const consequencesScreen: Screen = {
  path: '/consequences',
  component: () => Navigate({ href: '/outcomes?kind=exit_warning' }),
  access: { permission: 'consequences.read' },
};

import { type RouteDefinition, Router } from '@solidjs/router';
import { lazy } from 'solid-js';
import { screens } from './screens.ts';
import { AppShell } from './shell/app-shell.tsx';
import { navEntriesOf } from './shell/screen.ts';

const nav = navEntriesOf(screens);

const routes: RouteDefinition[] = [
  ...screens.map((screen) => ({ path: screen.path, component: screen.component })),
  { path: '*404', component: lazy(() => import('./shell/not-found-page.tsx')) },
];

export function App() {
  return <Router root={(props) => <AppShell {...props} screens={screens} nav={nav} />}>{routes}</Router>;
}

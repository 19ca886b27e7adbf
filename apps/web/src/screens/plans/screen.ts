import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';
import { AlarmIcon, CalendarIcon, TodayIcon } from './icons.tsx';

export const plansScreens: Screen[] = [
  {
    // The phone home of those who inspect (also the first card of the home screen).
    path: '/today',
    component: lazy(() => import('./today-page.tsx')),
    access: { permission: 'inspections.record' },
    nav: { label: 'nav.today', icon: TodayIcon, order: 2 },
  },
  {
    path: '/plans',
    component: lazy(() => import('./plans-page.tsx')),
    access: { permission: 'plans.read' },
    nav: { label: 'nav.plans', icon: CalendarIcon, order: 30 },
  },
  {
    path: '/plans/overdue',
    component: lazy(() => import('./overdue-page.tsx')),
    access: { permission: 'plans.read' },
    nav: { label: 'nav.overdue', icon: AlarmIcon, order: 31 },
  },
  {
    path: '/self-inspections',
    component: lazy(() => import('./self-page.tsx')),
    access: { permission: 'inspections.self' },
    nav: { label: 'nav.self_plans', icon: TodayIcon, order: 32 },
  },
];

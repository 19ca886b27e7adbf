import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';
import { SurveyIcon } from './icon.tsx';

const read = { permission: 'surveys.read' } as const;
const manage = { permission: 'surveys.manage' } as const;

export const surveyScreens: Screen[] = [
  {
    path: '/surveys',
    component: lazy(() => import('./surveys-page.tsx')),
    access: read,
    nav: { label: 'nav.surveys', icon: SurveyIcon, order: 45 },
  },
  { path: '/surveys/designer', component: lazy(() => import('./designer-page.tsx')), access: manage },
  { path: '/surveys/rounds/:id', component: lazy(() => import('./round-page.tsx')), access: read },
  { path: '/surveys/rounds/:id/poster', component: lazy(() => import('./poster-page.tsx')), access: manage },
  // The survey itself: public, phone-first; the token is in the fragment.
  { path: '/survey', public: true, component: lazy(() => import('./public-survey-page.tsx')) },
];

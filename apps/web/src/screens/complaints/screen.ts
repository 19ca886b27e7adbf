import { lazy } from 'solid-js';
import type { Screen } from '../../shell/screen.ts';
import { ComplaintIcon, MeetingIcon, ReportIcon } from './icons.tsx';

const read = { permission: 'complaints.read', viaGrants: true } as const;

/** Complaints (R8, R15, R17): public form and tracking page, hotline, liaison report, workbench, meetings. */
export const complaintScreens: Screen[] = [
  // Public, phone-first: the agency's form by its rotatable key, and the reporter's tracking page.
  { path: '/t/:key/complaint', public: true, component: lazy(() => import('./public-complaint-page.tsx')) },
  { path: '/track', public: true, component: lazy(() => import('./track-lookup-page.tsx')) },
  { path: '/track/:code', public: true, component: lazy(() => import('./track-page.tsx')) },
  {
    path: '/complaints',
    component: lazy(() => import('./workbench-page.tsx')),
    access: read,
    nav: { label: 'nav.complaints', icon: ComplaintIcon, order: 5 },
  },
  { path: '/complaints/:id', component: lazy(() => import('./complaint-detail-page.tsx')), access: read },
  {
    path: '/hotline',
    component: lazy(() => import('./hotline-page.tsx')),
    access: { permission: 'complaints.record' },
  },
  {
    path: '/report',
    component: lazy(() => import('./report-page.tsx')),
    access: { permission: 'complaints.report' },
    nav: { label: 'nav.report', icon: ReportIcon, order: 6 },
  },
  {
    path: '/meetings',
    component: lazy(() => import('./meetings-page.tsx')),
    access: { permission: 'meetings.read' },
    nav: { label: 'nav.meetings', icon: MeetingIcon, order: 7 },
  },
  {
    path: '/meetings/:id',
    component: lazy(() => import('./meeting-detail-page.tsx')),
    access: { permission: 'meetings.read' },
  },
];

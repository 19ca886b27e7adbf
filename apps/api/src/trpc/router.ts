import { router } from './init.ts';
import { assignmentsRouter } from './routers/assignments.ts';
import { auditRouter } from './routers/audit.ts';
import { authRouter } from './routers/auth.ts';
import { bulletinsRouter } from './routers/bulletins.ts';
import { catalogueRouter } from './routers/catalogue.ts';
import { complaintsRouter } from './routers/complaints.ts';
import { consequenceEngineRouter } from './routers/consequence-engine.ts';
import { contractsRouter } from './routers/contracts.ts';
import { dashboardRouter } from './routers/dashboard.ts';
import { grantsRouter } from './routers/grants.ts';
import { inspectionsRouter } from './routers/inspections.ts';
import { peopleRouter } from './routers/people.ts';
import { plansRouter } from './routers/plans.ts';
import { platformRouter } from './routers/platform.ts';
import { rectificationsRouter } from './routers/rectifications.ts';
import { scoresRouter } from './routers/scores.ts';
import { settingsRouter } from './routers/settings.ts';
import { sitesRouter } from './routers/sites.ts';
import { surveysRouter } from './routers/surveys.ts';
import { systemRouter } from './routers/system.ts';
import { tenantRouter } from './routers/tenant.ts';
import { tendersRouter } from './routers/tenders.ts';
import { vendorsRouter } from './routers/vendors.ts';

export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  tenant: tenantRouter,
  settings: settingsRouter,
  sites: sitesRouter,
  people: peopleRouter,
  grants: grantsRouter,
  audit: auditRouter,
  platform: platformRouter,
  catalogue: catalogueRouter,
  complaints: complaintsRouter,
  surveys: surveysRouter,
  plans: plansRouter,
  inspections: inspectionsRouter,
  rectifications: rectificationsRouter,
  scores: scoresRouter,
  consequenceEngine: consequenceEngineRouter,
  bulletins: bulletinsRouter,
  dashboard: dashboardRouter,
  vendors: vendorsRouter,
  contracts: contractsRouter,
  assignments: assignmentsRouter,
  tenders: tendersRouter,
});

/** The web client imports this type only; no server code reaches the browser bundle. */
export type AppRouter = typeof appRouter;

import { router } from './init.ts';
import { systemRouter } from './routers/system.ts';

export const appRouter = router({
  system: systemRouter,
});

/** The web client imports this type only; no server code reaches the browser bundle. */
export type AppRouter = typeof appRouter;

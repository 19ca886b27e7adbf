// Imports `@steward/db` only, never `@steward/db/node`: that side pulls PGlite and node:fs into the bundle.
import { openPostgres } from '@steward/db';
import type { ExecutionContext } from 'hono';
import { createApp } from './app.ts';
import { createR2BlobStore, type R2BucketLike } from './blob/r2-blob-store.ts';
import { type AppDeps, defaultAppConfig, systemClock } from './deps.ts';
import { createLogger, errorFields } from './logger.ts';
import { t } from './messages.ts';
import { runScheduledJobs } from './services/plans/job.ts';
import { localeFromRequest } from './trpc/context.ts';
import { VERSION } from './version.ts';

/** The bindings declared in infra/wrangler.jsonc (structural, so no global Workers types are needed). */
export interface WorkerEnv {
  HYPERDRIVE: { connectionString: string };
  PHOTOS: R2BucketLike;
  ASSETS: { fetch(request: Request): Promise<Response> };
  /** The public URL of the deployment (links in invitations); defaults to the request's origin. */
  PUBLIC_ORIGIN?: string;
}

interface ScheduledControllerLike {
  cron: string;
  scheduledTime: number;
}

// Stateless, so one per isolate is enough; Workers Logs parse the JSON lines into fields.
const logger = createLogger({ base: { service: 'steward', runtime: 'workers' } });

function internalError(request: Request, error: unknown): Response {
  const requestId = crypto.randomUUID();
  logger.error('request failed outside the app', {
    requestId,
    path: new URL(request.url).pathname,
    ...errorFields(error),
  });
  const message = t('error.internal', localeFromRequest(request));
  return Response.json(
    { error: { code: 'INTERNAL_SERVER_ERROR', message, requestId } },
    { status: 500, headers: { 'x-request-id': requestId } },
  );
}

export default {
  /**
   * One postgres.js client per request: a Worker may not reuse a socket across requests, and
   * Hyperdrive does the pooling. The app is built per request too, because it closes over the
   * database; building it costs microseconds next to the database round trip.
   */
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    // Hyperdrive pools in transaction mode: prepared statements would not survive between transactions.
    const handle = openPostgres(env.HYPERDRIVE.connectionString, { max: 5, prepare: false });
    try {
      const deps: AppDeps = {
        db: handle.db,
        dbKind: handle.kind,
        blobs: createR2BlobStore(env.PHOTOS),
        clock: systemClock,
        config: defaultAppConfig({
          version: VERSION,
          runtime: 'workers',
          publicOrigin: env.PUBLIC_ORIGIN ?? new URL(request.url).origin,
        }),
        logger,
      };
      return await createApp(deps).fetch(request, env, ctx);
    } catch (error) {
      // createApp's onError covers the routes; this covers building the app. Without it workerd answers
      // with its own error page (in `wrangler dev`, one showing the stack trace).
      return internalError(request, error);
    } finally {
      // After the response is built, not before: ending first would cut off queries still running.
      ctx.waitUntil(handle.close());
    }
  },

  /** Cron Trigger (infra/wrangler.jsonc): inspection plans generated, done and missed marked, per tenant. */
  async scheduled(controller: ScheduledControllerLike, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const handle = openPostgres(env.HYPERDRIVE.connectionString, { max: 2, prepare: false });
    const log = logger.child({ cron: controller.cron });
    try {
      // The trigger's own time, so a delayed or retried invocation plans for the minute it stood for.
      await runScheduledJobs(handle.db, new Date(controller.scheduledTime), log);
    } catch (error) {
      log.error('scheduled job failed', errorFields(error));
      throw error;
    } finally {
      ctx.waitUntil(handle.close());
    }
  },
};

import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { appRoleProblems } from '@steward/db';
import { createApp } from './app.ts';
import { createFsBlobStore } from './blob/fs-blob-store.ts';
import { demoSignInsText, seedDemoIfEmpty } from './demo/index.ts';
import { defaultAppConfig, systemClock } from './deps.ts';
import { createLogger, errorFields } from './logger.ts';
import { renderBulletinPdf } from './node/bulletin-pdf.ts';
import { readNodeServerConfig } from './node/config.ts';
import { openNodeDatabase } from './node/open-database.ts';
import { webAppHandler } from './node/static.ts';
import { deliverPending, logDeliveryAdapter } from './outbox/deliver.ts';
import { installedPlugins } from './plugins.ts';
import { recordInstalledReleases } from './services/catalogue/releases.ts';
import { startPlanScheduler } from './services/plans/timer.ts';
import { VERSION } from './version.ts';

// Self-hosting and the embedded default: one process serves the API and the built web app on one port.
const logger = createLogger({
  level: process.env.LOG_LEVEL === 'debug' ? 'debug' : 'info',
  base: { service: 'steward' },
});

try {
  const config = readNodeServerConfig();
  const database = await openNodeDatabase(config, logger);
  const deps = {
    db: database.db,
    dbKind: database.kind,
    blobs: createFsBlobStore(join(config.dataDir, 'blobs')),
    clock: systemClock,
    config: defaultAppConfig({
      version: VERSION,
      runtime: 'node',
      publicOrigin: config.publicOrigin,
      insecureHttpCookies: config.insecureHttpCookies,
    }),
    logger,
    bulletinPdf: renderBulletinPdf,
  };
  // Refuse to serve if the application role could see past row-level security.
  const problems = await appRoleProblems(database.db);
  if (problems.length > 0) throw new Error(`unsafe database roles: ${problems.join('; ')}`);
  // Every installed plugin release is kept, so a tenant's pinned version outlives the code that shipped it.
  await recordInstalledReleases(database.db, installedPlugins());
  const isDemo = database.kind === 'pglite';
  if (isDemo) await seedDemoIfEmpty({ db: database.db, logger, now: new Date(), blobs: deps.blobs });
  // Outgoing messages: printed to the log here; a mail adapter replaces this in a real deployment.
  const send = logDeliveryAdapter(logger);
  const outboxTimer = setInterval(() => {
    deliverPending(database.db, send, logger, new Date()).catch((error) =>
      logger.warn('outbox run failed', errorFields(error)),
    );
  }, 3000);
  outboxTimer.unref();
  // Inspection plans: generated and marked missed at start and every 15 minutes (the Cron Trigger on Workers).
  startPlanScheduler(database.db, logger);
  const app = createApp(deps, { staticHandler: webAppHandler(config.webDist) });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info('listening', { port: info.port });
    console.log(
      `\n  Steward ${VERSION} is running at http://localhost:${info.port}/  (database: ${database.kind})\n`,
    );
    if (isDemo) console.log(`${demoSignInsText()}\n`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    logger.error('cannot listen', errorFields(error));
    console.error(
      error.code === 'EADDRINUSE'
        ? `\n  Port ${config.port} is in use. Stop the other server or start with PORT=<another port>.\n`
        : `\n  Cannot listen on port ${config.port}: ${error.message}\n`,
    );
    void database.close().finally(() => process.exit(1));
  });
  const shutdown = (signal: string) => {
    logger.info('shutting down', { signal });
    server.close(() => void database.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (error) {
  logger.error('start-up failed', errorFields(error));
  process.exit(1);
}

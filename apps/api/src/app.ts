import { checkCsrf, readSessionCookie, resolveSessionCookie } from '@steward/auth';
import type { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { type Context, Hono } from 'hono';
import { type ResolvedSession, resolveSession } from './auth/session-service.ts';
import type { AppDeps } from './deps.ts';
import { registerAppealEvidenceRoutes } from './http/appeal-evidence-routes.ts';
import { clientIp } from './http/client-info.ts';
import { registerEvidenceRoutes } from './http/evidence-routes.ts';
import { health } from './http/health.ts';
import { registerRectificationEvidenceRoutes } from './http/rectification-evidence-routes.ts';
import { headerReader, requestHeader } from './http/request-header.ts';
import { errorFields, type Logger } from './logger.ts';
import { t } from './messages.ts';
import { installedPlugins } from './plugins.ts';
import { assertAccessDeclared } from './trpc/access.ts';
import { localeFromHeaders, localeFromRequest, type RequestContext, requestContext } from './trpc/context.ts';
import { answerQueries } from './trpc/query-path.ts';
import { appRouter } from './trpc/router.ts';

export type { AppConfig, AppDeps, Clock } from './deps.ts';

type Env = { Variables: { requestId: string; log: Logger } };

export interface AppOptions {
  /** Serves the web app for paths the API does not own (Node); Workers serve assets themselves. */
  staticHandler?: Parameters<Hono<Env>['use']>[1];
}

/** Batches larger than this are refused before any procedure runs (a 2,001-call batch is otherwise parsed in full). */
export const MAX_BATCH_SIZE = 20;

/** The one Hono app. Both runtime entries call this with their own dependencies and nothing else differs. */
export function createApp(deps: AppDeps, options: AppOptions = {}): Hono<Env> {
  assertAccessDeclared(appRouter);
  const cookie = resolveSessionCookie({ insecureHttp: deps.config.insecureHttpCookies });
  const allowedOrigins = [deps.config.publicOrigin, ...deps.config.allowedOrigins];
  const plugins = deps.plugins ?? installedPlugins();
  const app = new Hono<Env>();

  // The request id — the client's when it is a sane token (a proxy's), else a new one — and the request's
  // log line, in one middleware (each one is a step of Hono's chain on every request). Hono's requestId
  // middleware, but reading the header without building a Headers object on Node; /trpc responses get
  // the header from their own handler (tRPC builds the Response), everything else from c.header.
  app.use('*', async (c, next) => {
    const started = performance.now();
    const given = requestHeader(c, 'x-request-id');
    const id = given && given.length <= 255 && !/[^\w\-=]/.test(given) ? given : crypto.randomUUID();
    c.set('requestId', id);
    const path = c.req.path;
    if (!path.startsWith('/trpc/')) c.header('X-Request-Id', id);
    const log = deps.logger.child({ requestId: id });
    c.set('log', log);
    await next();
    log.info('request', {
      method: c.req.method,
      path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.get('/health', (c) => health(c, deps));

  // CSRF defence for every state-changing request (tRPC mutations are POSTs): in the handler rather than a
  // middleware of its own, a step less on every API call.
  const csrfOptions = { allowedOrigins };
  const refuseCrossSite = (c: Context<Env>): Response | null => {
    const verdict = checkCsrf(c.req.raw, csrfOptions);
    if (verdict.ok) return null;
    c.get('log').warn('cross-site request refused', { reason: verdict.reason });
    c.header('X-Request-Id', c.get('requestId'));
    const locale = localeFromRequest(c.req.raw);
    return c.json({ error: { code: 'FORBIDDEN', message: t('error.cross_site', locale) } }, 403);
  };

  app.all('/trpc/*', async (c) => {
    const refused = refuseCrossSite(c);
    if (refused) return refused;
    const header = headerReader(c);
    const token = readSessionCookie(requestHeader(c, 'cookie'), {
      insecureHttp: deps.config.insecureHttpCookies,
    });
    let session: Promise<ResolvedSession | null> | undefined;
    const loadSession = () => {
      session ??= token ? resolveSession(deps.db, token, deps.clock.now()) : Promise.resolve(null);
      return session;
    };
    const req = c.req.raw;
    const log = c.get('log');
    const createContext = (resHeaders: Headers): RequestContext =>
      requestContext(deps, {
        req,
        resHeaders,
        requestId: c.get('requestId'),
        locale: localeFromHeaders(header),
        log,
        loadSession,
        cookie,
        clientIp: clientIp(c, false),
        userAgent: requestHeader(c, 'user-agent') ?? '',
        plugins,
      });
    const onError = ({ error, path }: { error: TRPCError; path: string | undefined }) => {
      // Expected failures (bad input, not found…) are logged quietly; anything else with its stack.
      if (error.code === 'INTERNAL_SERVER_ERROR')
        log.error('procedure failed', { path, ...errorFields(error.cause ?? error) });
      else log.info('procedure refused', { path, code: error.code, message: error.message });
    };
    const url = new URL(req.url);
    const read = await answerQueries({
      router: appRouter,
      req,
      path: url.pathname.slice('/trpc/'.length),
      searchParams: url.searchParams,
      maxBatchSize: MAX_BATCH_SIZE,
      header,
      responseHeaders: { 'x-request-id': c.get('requestId') },
      createContext,
      onError,
    });
    if (read) return read;
    const response = await fetchRequestHandler({
      endpoint: '/trpc',
      req,
      router: appRouter,
      maxBatchSize: MAX_BATCH_SIZE,
      createContext: ({ resHeaders }) => createContext(resHeaders),
      onError,
    });
    // tRPC builds its own Response, which would drop the request id the middleware set on c.res. Set on
    // its headers in place: wrapping it in a new Response would turn its string body into a stream and
    // take @hono/node-server off its fast path (the lightest procedure's cost; docs/performance.md).
    response.headers.set('x-request-id', c.get('requestId'));
    return response;
  });

  registerEvidenceRoutes(app, deps, plugins);
  registerRectificationEvidenceRoutes(app, deps);
  registerAppealEvidenceRoutes(app, deps);

  if (options.staticHandler) app.use('*', options.staticHandler);

  app.notFound((c) => {
    const locale = localeFromRequest(c.req.raw);
    return c.json({ error: { code: 'NOT_FOUND', message: t('error.not_found.route', locale) } }, 404);
  });

  app.onError((error, c) => {
    const locale = localeFromRequest(c.req.raw);
    const id = c.get('requestId');
    c.header('X-Request-Id', id);
    deps.logger.error('unhandled error', { requestId: id, ...errorFields(error) });
    return c.json(
      { error: { code: 'INTERNAL_SERVER_ERROR', message: t('error.internal', locale), requestId: id } },
      500,
    );
  });

  return app;
}

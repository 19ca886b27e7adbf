import type { Permission } from '@steward/access';
import { checkCsrf, readSessionCookie } from '@steward/auth';
import { type DomainError, isDomainError, type Locale } from '@steward/core';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { resolveSession } from '../auth/session-service.ts';
import type { AppDeps } from '../deps.ts';
import type { Logger } from '../logger.ts';
import { t } from '../messages.ts';
import { localeFromRequest } from '../trpc/context.ts';
import { runInTenant, type TenantRequestTools } from '../trpc/procedures.ts';

const statusOf: Record<DomainError['code'], ContentfulStatusCode> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  PRECONDITION: 412,
  RATE_LIMITED: 429,
};

/** The JSON error body tRPC clients also get: a message in the user's language and a stable key. */
export function errorBody(error: DomainError, locale: Locale, requestId: string) {
  const fieldErrors = error.fieldErrors
    ? Object.fromEntries(
        Object.entries(error.fieldErrors).map(([field, keys]) => [
          field,
          keys.map((key) => t(key, locale, error.params)),
        ]),
      )
    : null;
  return {
    error: {
      code: error.code,
      message: t(error.messageKey, locale, error.params),
      messageKey: error.messageKey,
      fieldErrors,
      requestId,
    },
  };
}

type HonoContext = Context<{ Variables: { requestId: string; log: Logger } }>;

/**
 * Runs a plain HTTP route (an upload, a file download) exactly like a tenant procedure: the same session
 * cookie, the same CSRF check for state-changing methods, the same tenant transaction as the app role,
 * the same door permission; domain errors become the same localized JSON with the matching status.
 */
export async function handleTenantRequest(
  c: HonoContext,
  deps: AppDeps,
  permission: Permission,
  fn: (tools: TenantRequestTools, locale: Locale) => Promise<Response>,
): Promise<Response> {
  const locale = localeFromRequest(c.req.raw);
  const log = c.get('log');
  const requestId = c.get('requestId');
  const allowedOrigins = [deps.config.publicOrigin, ...deps.config.allowedOrigins];
  const verdict = checkCsrf(c.req.raw, { allowedOrigins });
  if (!verdict.ok) {
    log.warn('cross-site request refused', { reason: verdict.reason });
    return c.json({ error: { code: 'FORBIDDEN', message: t('error.cross_site', locale), requestId } }, 403);
  }
  const token = readSessionCookie(c.req.header('cookie'), {
    insecureHttp: deps.config.insecureHttpCookies,
  });
  const now = deps.clock.now();
  const session = token ? await resolveSession(deps.db, token, now) : null;
  try {
    return await runInTenant({ db: deps.db, session, now, log, path: c.req.path }, permission, (tools) =>
      fn(tools, locale),
    );
  } catch (error) {
    if (!isDomainError(error)) throw error;
    log.info('request refused', { path: c.req.path, code: error.code, messageKey: error.messageKey });
    return c.json(errorBody(error, locale, requestId), statusOf[error.code]);
  }
}

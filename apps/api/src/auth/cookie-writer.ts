import { clearSessionCookie, maxAgeSecondsUntil, serializeSessionCookie } from '@steward/auth';
import type { RequestContext } from '../trpc/context.ts';

export function setSessionCookie(ctx: RequestContext, token: string, expiresAt: number): void {
  ctx.resHeaders.append(
    'set-cookie',
    serializeSessionCookie(token, {
      insecureHttp: ctx.config.insecureHttpCookies,
      maxAgeSeconds: maxAgeSecondsUntil(expiresAt, ctx.clock.now().getTime()),
    }),
  );
}

export function removeSessionCookie(ctx: RequestContext): void {
  ctx.resHeaders.append('set-cookie', clearSessionCookie({ insecureHttp: ctx.config.insecureHttpCookies }));
}

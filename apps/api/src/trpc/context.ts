import type { ResolvedSessionCookie } from '@steward/auth';
import type { Locale } from '@steward/core';
import type { PluginRegistry } from '@steward/plugin-sdk';
import type { ResolvedSession } from '../auth/session-service.ts';
import type { AppDeps } from '../deps.ts';
import type { Logger } from '../logger.ts';

/** What every procedure receives: the app's dependencies plus this request's facts. */
export interface RequestContext extends AppDeps {
  requestId: string;
  locale: Locale;
  log: Logger;
  req: Request;
  /** Headers the procedure may add to the response (e.g. Set-Cookie). */
  resHeaders: Headers;
  /** The verified session, or null when signed out. */
  session: ResolvedSession | null;
  cookie: ResolvedSessionCookie;
  clientIp: string;
  userAgent: string;
  plugins: PluginRegistry;
}

/** zh-CN unless the client asks for English, by our header or Accept-Language. */
export function localeFromRequest(req: Request): Locale {
  return localeFromHeaders((name) => req.headers.get(name));
}

export function localeFromHeaders(header: (name: string) => string | null | undefined): Locale {
  const explicit = header('x-steward-locale');
  if (explicit === 'en' || explicit === 'zh-CN') return explicit;
  const accept = header('accept-language') ?? '';
  const first = accept.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

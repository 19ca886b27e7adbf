import type { Context } from 'hono';
import { requestHeader } from './request-header.ts';

/**
 * The client's address for throttling and the sessions list: Cloudflare's header on Workers, the socket
 * on Node. X-Forwarded-For is ignored unless the operator says a trusted proxy sets it.
 */
export function clientIp(c: Context, trustForwardedFor: boolean): string {
  const cf = requestHeader(c, 'cf-connecting-ip');
  if (cf) return cf;
  if (trustForwardedFor) {
    const forwarded = requestHeader(c, 'x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * One request header. On Node it is read from the parsed `IncomingMessage` (@hono/node-server's
 * `c.env.incoming`): reading `c.req.header()` there makes the adapter build a Fetch `Headers` object
 * from every raw header first, a measurable share of the lightest request (docs/performance.md).
 * Elsewhere (Workers, tests calling `app.request`) the Request's own headers.
 */
export function requestHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming?.headers) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }
  return c.req.header(name);
}

/** The same as a getter, for code that takes `(name) => value | null` (the read path, the locale). */
export const headerReader =
  (c: Context) =>
  (name: string): string | null =>
    requestHeader(c, name) ?? null;

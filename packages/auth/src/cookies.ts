/**
 * The session cookie. `__Host-` (ASVS 3.3.3) makes the browser refuse the cookie unless it is Secure,
 * has Path=/ and no Domain, so a sibling subdomain cannot plant or overwrite it. Browsers treat
 * http://localhost as a secure context, so development needs no exception.
 */
export const SESSION_COOKIE_NAME = '__Host-steward_session';
/** Only with `insecureHttp`: a plain-http deployment on a host other than localhost. */
export const INSECURE_SESSION_COOKIE_NAME = 'steward_session';

export interface SessionCookieConfig {
  /**
   * Self-hosting over plain http on a LAN name or IP: browsers drop Secure and `__Host-` cookies there,
   * so sign-in would silently fail. Setting this (explicitly, e.g. STEWARD_INSECURE_HTTP_COOKIES=1)
   * switches to a non-prefixed, non-Secure cookie. Anyone on the network can then read the session.
   */
  insecureHttp?: boolean;
}

export interface ResolvedSessionCookie {
  name: string;
  secure: boolean;
  /** Log this at start-up when present. */
  warning: string | null;
}

export function resolveSessionCookie(config: SessionCookieConfig = {}): ResolvedSessionCookie {
  if (config.insecureHttp === true) {
    return {
      name: INSECURE_SESSION_COOKIE_NAME,
      secure: false,
      warning:
        'Session cookies are sent over plain http (insecureHttp is set): anyone on the network path can ' +
        'steal sessions. Use only on a trusted LAN; put TLS in front (a reverse proxy) for anything else.',
    };
  }
  return { name: SESSION_COOKIE_NAME, secure: true, warning: null };
}

// Our tokens are base32 plus '.', but refuse anything that could break out of the header.
const COOKIE_VALUE = /^[A-Za-z0-9._~-]+$/;

export interface SerializeSessionCookieOptions extends SessionCookieConfig {
  /**
   * Omit for a browser-session cookie; otherwise seconds until the session's expiresAt, so the
   * browser forgets the cookie when the server would refuse it anyway.
   */
  maxAgeSeconds?: number;
}

export function serializeSessionCookie(token: string, options: SerializeSessionCookieOptions = {}): string {
  if (!COOKIE_VALUE.test(token))
    throw new TypeError('session token contains characters not allowed in a cookie');
  const { name, secure } = resolveSessionCookie(options);
  const parts = [`${name}=${token}`, 'Path=/'];
  if (options.maxAgeSeconds !== undefined) {
    if (!Number.isFinite(options.maxAgeSeconds)) throw new RangeError('maxAgeSeconds must be finite');
    parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`);
  }
  if (secure) parts.push('Secure');
  parts.push('HttpOnly', 'SameSite=Lax');
  return parts.join('; ');
}

/** Seconds from `now` to `expiresAt` (both epoch ms), for `maxAgeSeconds`. */
export function maxAgeSecondsUntil(expiresAt: number, now: number): number {
  return Math.max(0, Math.floor((expiresAt - now) / 1000));
}

/** The Set-Cookie value that removes the session cookie (same name and attributes, Max-Age=0). */
export function clearSessionCookie(config: SessionCookieConfig = {}): string {
  const { name, secure } = resolveSessionCookie(config);
  return [`${name}=`, 'Path=/', 'Max-Age=0', ...(secure ? ['Secure'] : []), 'HttpOnly', 'SameSite=Lax'].join(
    '; ',
  );
}

/** All name=value pairs of a Cookie request header, in order; malformed pairs are skipped. */
export function parseCookieHeader(header: string | null | undefined): Array<[string, string]> {
  if (!header) return [];
  const pairs: Array<[string, string]> = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (name) pairs.push([name, value]);
  }
  return pairs;
}

/**
 * The session token from a Cookie header, or null. Only the configured name counts: in the default
 * mode a non-prefixed `steward_session` planted by another subdomain is ignored. With duplicates the
 * first wins (browsers send the most specific path first).
 */
export function readSessionCookie(header: string | null | undefined, config: SessionCookieConfig = {}) {
  const { name } = resolveSessionCookie(config);
  for (const [key, value] of parseCookieHeader(header)) {
    if (key === name) return value && COOKIE_VALUE.test(value) ? value : null;
  }
  return null;
}

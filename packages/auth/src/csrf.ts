/**
 * CSRF defence for cookie-authenticated requests (Lucia's design; ASVS 3.5.x). Browsers send
 * Sec-Fetch-Site on every request since 2023 and Origin on every non-GET fetch/form; neither can be set
 * by page script. SameSite=Lax on the session cookie is the second layer.
 */
export interface HeaderReader {
  get(name: string): string | null;
}

export interface CsrfRequest {
  method: string;
  headers: HeaderReader;
}

export interface CsrfOptions {
  /** Origins allowed to send state-changing requests, e.g. ['https://steward.example.cn']. */
  allowedOrigins: readonly string[];
}

export type CsrfReason =
  | 'safe-method'
  | 'same-origin'
  | 'allowed-origin'
  /** Sec-Fetch-Site says same-site/cross-site/none and Origin is not on the list (or absent). */
  | 'cross-site'
  /** Origin present, not on the list, and no Sec-Fetch-Site to say otherwise. */
  | 'origin-not-allowed'
  /** Neither header: not a current browser, so not a cookie-carrying form or fetch we accept. */
  | 'missing-headers';

export type CsrfResult = { ok: true; reason: CsrfReason } | { ok: false; reason: CsrfReason };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Canonical origin (scheme://host[:non-default-port]) or null when not a usable http(s) origin. */
export function normalizeOrigin(origin: string): string | null {
  if (!origin || origin === 'null') return null;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/**
 * Safe methods pass (they must not change state: ASVS 3.5.3). Everything else needs
 * `Sec-Fetch-Site: same-origin` or an Origin on the allow-list. Requests authenticated by a bearer
 * token rather than the cookie are not exposed to CSRF and need not be checked.
 */
export function checkCsrf(request: CsrfRequest, options: CsrfOptions): CsrfResult {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true, reason: 'safe-method' };
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite === 'same-origin') return { ok: true, reason: 'same-origin' };
  const rawOrigin = request.headers.get('origin');
  const origin = rawOrigin === null ? null : normalizeOrigin(rawOrigin);
  if (origin !== null) {
    // Compare against the allowed origins after the same normalization, so 'HTTPS://X:443' matches.
    for (const allowed of options.allowedOrigins) {
      if (normalizeOrigin(allowed) === origin) return { ok: true, reason: 'allowed-origin' };
    }
  }
  if (fetchSite !== null) return { ok: false, reason: 'cross-site' };
  return { ok: false, reason: rawOrigin === null ? 'missing-headers' : 'origin-not-allowed' };
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built web app: files as they are (hashed assets cached for a year), and index.html for any
 * other GET that wants HTML, so client-side routes survive a reload.
 */
export function webAppHandler(distDir: string): MiddlewareHandler {
  const indexPath = join(distDir, 'index.html');
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const relative = normalize(decodeURIComponent(c.req.path)).replace(/^[/\\]+/, '');
    const file = join(distDir, relative);
    if (relative && file.startsWith(distDir + sep) && existsSync(file) && statSync(file).isFile()) {
      const immutable = relative.startsWith('assets/');
      return c.body(readFileSync(file), 200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if ((c.req.header('accept') ?? '').includes('text/html') && existsSync(indexPath)) {
      return c.body(readFileSync(indexPath), 200, {
        'content-type': types['.html']!,
        'cache-control': 'no-cache',
      });
    }
    return next();
  };
}

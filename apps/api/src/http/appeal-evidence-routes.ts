import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import type { Logger } from '../logger.ts';
import { t } from '../messages.ts';
import { readAppealEvidence } from '../services/consequence-engine/appeal-evidence.ts';
import { handleTenantRequest } from './tenant-request.ts';

type Env = { Variables: { requestId: string; log: Logger } };

const uuid = z.uuid();
const sha256 = /^[0-9a-f]{64}$/;

/**
 * A vendor's appeal evidence (uploaded with the appeal through tRPC, base64): `GET
 * /api/consequences/:id/appeal-evidence/:sha256` for the staff who decide the appeal and the appellant.
 * Images open in the browser, PDFs download; served sandboxed and never sniffed.
 */
export function registerAppealEvidenceRoutes(app: Hono<Env>, deps: AppDeps): void {
  app.get('/api/consequences/:id/appeal-evidence/:sha256', (c) =>
    handleTenantRequest(c, deps, 'tenant.read', async (tools, locale) => {
      const id = c.req.param('id');
      const hash = c.req.param('sha256');
      if (!uuid.safeParse(id).success || !sha256.test(hash)) {
        return c.json({ error: { code: 'NOT_FOUND', message: t('error.not_found', locale) } }, 404);
      }
      const { file, data } = await readAppealEvidence(tools, deps.blobs, id, hash);
      const inline = file.contentType.startsWith('image/');
      return new Response(data as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': file.contentType,
          'content-length': String(data.byteLength),
          'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name || hash)}`,
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; img-src 'self'; sandbox",
          'cache-control': 'private, max-age=300',
          'x-evidence-sha256': file.sha256,
        },
      });
    }),
  );
}

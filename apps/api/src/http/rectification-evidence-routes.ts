import { ValidationError } from '@steward/core';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import type { Logger } from '../logger.ts';
import { t } from '../messages.ts';
import { MAX_EVIDENCE_BYTES } from '../services/inspections/evidence-rules.ts';
import { readAnswerPhoto, storeAnswerPhoto } from '../services/rectifications/evidence.ts';
import { localeFromRequest } from '../trpc/context.ts';
import { evidenceFileResponse, uploadHeaders } from './evidence-http.ts';
import { handleTenantRequest } from './tenant-request.ts';

type Env = { Variables: { requestId: string; log: Logger } };

const uuid = z.uuid();

/**
 * Photos of a vendor's rectification answer. Upload: `POST /api/rectifications/:id/evidence` with the raw
 * file as the body (Content-Type, optional `X-Captured-At` and URI-encoded `X-File-Name`), attached to the
 * notice at once. Download: `GET /api/rectification-evidence/:id`.
 */
export function registerRectificationEvidenceRoutes(app: Hono<Env>, deps: AppDeps): void {
  app.post(
    '/api/rectifications/:id/evidence',
    bodyLimit({
      maxSize: MAX_EVIDENCE_BYTES,
      onError: (c) =>
        c.json(
          {
            error: {
              code: 'PAYLOAD_TOO_LARGE',
              message: t('error.payload_too_large', localeFromRequest(c.req.raw)),
            },
          },
          413,
        ),
    }),
    (c) =>
      handleTenantRequest(c, deps, 'rectifications.respond', async (tools) => {
        const id = c.req.param('id');
        if (!uuid.safeParse(id).success) throw new ValidationError({ id: ['error.validation'] });
        const { capturedAt, originalName } = uploadHeaders((name) => c.req.header(name));
        const stored = await storeAnswerPhoto(tools, deps.blobs, {
          rectificationId: id,
          contentType: c.req.header('content-type') ?? '',
          bytes: new Uint8Array(await c.req.arrayBuffer()),
          originalName,
          capturedAt,
        });
        return c.json(stored, 201);
      }),
  );

  app.get('/api/rectification-evidence/:id', (c) =>
    handleTenantRequest(c, deps, 'rectifications.read', async (tools) => {
      const id = c.req.param('id');
      if (!uuid.safeParse(id).success) {
        return c.json(
          { error: { code: 'NOT_FOUND', message: t('error.not_found', localeFromRequest(c.req.raw)) } },
          404,
        );
      }
      const { row, data } = await readAnswerPhoto(tools, deps.blobs, id);
      return evidenceFileResponse(row, data);
    }),
  );
}

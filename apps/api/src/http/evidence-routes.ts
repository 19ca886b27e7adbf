import { ValidationError } from '@steward/core';
import type { PluginRegistry } from '@steward/plugin-sdk';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { AppDeps } from '../deps.ts';
import type { Logger } from '../logger.ts';
import { t } from '../messages.ts';
import { readEvidence, storeEvidence } from '../services/inspections/evidence.ts';
import { formatBytes, MAX_EVIDENCE_BYTES } from '../services/inspections/evidence-rules.ts';
import { localeFromRequest } from '../trpc/context.ts';
import { decodedHeader, evidenceFileResponse, uploadHeaders } from './evidence-http.ts';
import { handleTenantRequest } from './tenant-request.ts';

type Env = { Variables: { requestId: string; log: Logger } };

const uuid = z.uuid();

/**
 * Evidence files over plain HTTP (tRPC carries JSON only). Upload: `POST /api/evidence` with the raw file
 * as the body, its type in Content-Type, and `X-Inspection-Id`, optional `X-Item-Code`, `X-Captured-At`
 * (ISO time from the device) and `X-File-Name` (URI-encoded). Download: `GET /api/evidence/:id`.
 */
export function registerEvidenceRoutes(app: Hono<Env>, deps: AppDeps, plugins: PluginRegistry): void {
  app.post(
    '/api/evidence',
    bodyLimit({
      maxSize: MAX_EVIDENCE_BYTES,
      onError: (c) => {
        const locale = localeFromRequest(c.req.raw);
        const params = { size: `> ${formatBytes(MAX_EVIDENCE_BYTES)}`, max: formatBytes(MAX_EVIDENCE_BYTES) };
        return c.json(
          {
            error: {
              code: 'PAYLOAD_TOO_LARGE',
              messageKey: 'evidence.too_large',
              message: t('evidence.too_large', locale, params),
              requestId: c.get('requestId'),
            },
          },
          413,
        );
      },
    }),
    (c) =>
      handleTenantRequest(c, deps, 'inspections.read', async (tools) => {
        const inspectionId = c.req.header('x-inspection-id') ?? '';
        if (!uuid.safeParse(inspectionId).success)
          throw new ValidationError({ inspectionId: ['error.validation'] });
        const { capturedAt, originalName } = uploadHeaders((name) => c.req.header(name));
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        const stored = await storeEvidence({ ...tools, plugins }, deps.blobs, {
          inspectionId,
          itemCode: decodedHeader(c.req.header('x-item-code')) || null,
          contentType: c.req.header('content-type') ?? '',
          bytes,
          originalName,
          capturedAt,
        });
        return c.json(stored, 201);
      }),
  );

  app.get('/api/evidence/:id', (c) =>
    handleTenantRequest(c, deps, 'tenant.read', async (tools) => {
      const id = c.req.param('id');
      if (!uuid.safeParse(id).success) {
        const locale = localeFromRequest(c.req.raw);
        return c.json({ error: { code: 'NOT_FOUND', message: t('error.not_found', locale) } }, 404);
      }
      const { row, data } = await readEvidence({ ...tools, plugins }, deps.blobs, id);
      return evidenceFileResponse(row, data);
    }),
  );
}

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
import { handleTenantRequest } from './tenant-request.ts';

type Env = { Variables: { requestId: string; log: Logger } };

const uuid = z.uuid();

function header(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

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
        const capturedRaw = c.req.header('x-captured-at');
        const capturedAt = capturedRaw ? new Date(capturedRaw) : null;
        if (capturedAt && Number.isNaN(capturedAt.getTime()))
          throw new ValidationError(
            { capturedAt: ['evidence.bad_capture_time'] },
            'evidence.bad_capture_time',
          );
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        const stored = await storeEvidence({ ...tools, plugins }, deps.blobs, {
          inspectionId,
          itemCode: header(c.req.header('x-item-code')) || null,
          contentType: c.req.header('content-type') ?? '',
          bytes,
          originalName: header(c.req.header('x-file-name')),
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
      const name = encodeURIComponent(row.originalName || row.id);
      return new Response(data as Uint8Array<ArrayBuffer>, {
        status: 200,
        headers: {
          'content-type': row.contentType,
          'content-length': String(data.byteLength),
          'content-disposition': `${row.kind === 'photo' ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`,
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; img-src 'self'; sandbox",
          'cache-control': 'private, max-age=300',
          'x-evidence-sha256': row.sha256,
        },
      });
    }),
  );
}

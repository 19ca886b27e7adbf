import { NotFoundError, PreconditionError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { BlobStore } from '../../blob/blob-store.ts';
import { checkUpload, storeEvidenceFile } from '../evidence-upload.ts';
import type { SupervisionCtx } from './context.ts';
import { loadNotice, resourceOf } from './load.ts';

const { evidence } = schema;

export const rectificationEvidenceUrl = (id: string) => `/api/rectification-evidence/${id}`;

export interface AnswerPhoto {
  rectificationId: string;
  contentType: string;
  bytes: Uint8Array;
  originalName: string;
  capturedAt: Date | null;
}

/**
 * A photo for the vendor's answer, attached to the notice at once (the same size, type and content checks as
 * inspection evidence; the SHA-256 computed here). Only while the notice awaits verification.
 */
export async function storeAnswerPhoto(ctx: SupervisionCtx, blobs: BlobStore, upload: AnswerPhoto) {
  const loaded = await loadNotice(ctx.tx, ctx.scope.tenantId, upload.rectificationId);
  ctx.authorize('rectifications.respond', resourceOf(loaded));
  if (loaded.notice.status !== 'open' && loaded.notice.status !== 'answered') {
    throw new PreconditionError('rectification.already_verified');
  }
  const kind = checkUpload(upload.contentType, upload.bytes);
  const row = await storeEvidenceFile(
    ctx,
    blobs,
    'rectifications',
    { rectificationId: loaded.notice.id },
    { ...upload, kind },
  );
  return {
    id: row.id,
    kind,
    contentType: row.contentType,
    sha256: row.sha256,
    sizeBytes: row.sizeBytes,
    capturedAt: row.capturedAt,
    receivedAt: row.receivedAt,
    url: rectificationEvidenceUrl(row.id),
  };
}

/** An answer photo, for whoever may read the notice it belongs to. */
export async function readAnswerPhoto(ctx: SupervisionCtx, blobs: BlobStore, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(evidence)
    .where(
      and(
        tenantFilter(evidence.tenantId, ctx.scope.tenantId),
        eq(evidence.id, id),
        isNotNull(evidence.rectificationId),
      ),
    );
  if (!row?.rectificationId) throw new NotFoundError();
  const loaded = await loadNotice(ctx.tx, ctx.scope.tenantId, row.rectificationId);
  ctx.authorize('rectifications.read', resourceOf(loaded));
  const blob = await blobs.get(row.blobKey);
  if (!blob) throw new NotFoundError();
  return { row, data: blob.data };
}

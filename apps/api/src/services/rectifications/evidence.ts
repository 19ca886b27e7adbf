import { NotFoundError, PreconditionError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { BlobStore } from '../../blob/blob-store.ts';
import {
  contentMatchesType,
  evidenceKindOf,
  formatBytes,
  MAX_EVIDENCE_BYTES,
  normalizeContentType,
  sha256Hex,
} from '../inspections/evidence-rules.ts';
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
  if (upload.bytes.byteLength > MAX_EVIDENCE_BYTES)
    throw new ValidationError({ file: ['evidence.too_large'] }, 'evidence.too_large', {
      size: formatBytes(upload.bytes.byteLength),
      max: formatBytes(MAX_EVIDENCE_BYTES),
    });
  if (upload.bytes.byteLength === 0)
    throw new ValidationError({ file: ['evidence.empty'] }, 'evidence.empty');
  const kind = evidenceKindOf(upload.contentType);
  if (!kind) throw new ValidationError({ file: ['evidence.type_not_allowed'] }, 'evidence.type_not_allowed');
  if (!contentMatchesType(upload.bytes, upload.contentType))
    throw new ValidationError({ file: ['evidence.type_mismatch'] }, 'evidence.type_mismatch', {
      type: normalizeContentType(upload.contentType),
    });
  const sha256 = await sha256Hex(upload.bytes);
  const id = crypto.randomUUID();
  const blobKey = `tenants/${ctx.scope.tenantId}/rectifications/${id}`;
  const contentType = normalizeContentType(upload.contentType);
  await blobs.put(blobKey, upload.bytes, contentType);
  try {
    const [row] = await ctx.tx
      .insert(evidence)
      .values({
        id,
        tenantId: ctx.scope.tenantId,
        rectificationId: loaded.notice.id,
        kind,
        blobKey,
        contentType,
        sizeBytes: upload.bytes.byteLength,
        sha256,
        originalName: upload.originalName.slice(0, 200),
        capturedAt: upload.capturedAt,
        receivedAt: ctx.now,
        uploadedBy: ctx.scope.userId,
      })
      .returning();
    await ctx.audit({
      action: 'evidence.upload',
      entity: 'evidence',
      entityId: id,
      after: { rectificationId: loaded.notice.id, sha256, sizeBytes: upload.bytes.byteLength, contentType },
    });
    return {
      id,
      kind,
      contentType,
      sha256,
      sizeBytes: row!.sizeBytes,
      capturedAt: row!.capturedAt,
      receivedAt: row!.receivedAt,
      url: rectificationEvidenceUrl(id),
    };
  } catch (error) {
    await blobs.delete(blobKey).catch(() => {});
    throw error;
  }
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

import { NotFoundError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import type { BlobStore } from '../../blob/blob-store.ts';
import { assertCanRead, type InspectionCtx, loadInspection } from './access.ts';
import { editableDraft } from './draft.ts';
import {
  contentMatchesType,
  evidenceKindOf,
  formatBytes,
  MAX_EVIDENCE_BYTES,
  normalizeContentType,
  sha256Hex,
} from './evidence-rules.ts';
import { recordItemCode } from './external-rules.ts';
import { evidenceUrl } from './read.ts';

const { evidence } = schema;

export interface EvidenceUpload {
  inspectionId: string;
  /** a checklist item, `record:<field>` for an external record's document, or null for the whole inspection */
  itemCode: string | null;
  contentType: string;
  bytes: Uint8Array;
  originalName: string;
  /** the device's clock when the photo was taken, as the client reports it */
  capturedAt: Date | null;
}

/** Size and type rules every upload meets, checked before anything is stored. */
export function checkUpload(contentType: string, bytes: Uint8Array): 'photo' | 'document' {
  if (bytes.byteLength > MAX_EVIDENCE_BYTES)
    throw new ValidationError({ file: ['evidence.too_large'] }, 'evidence.too_large', {
      size: formatBytes(bytes.byteLength),
      max: formatBytes(MAX_EVIDENCE_BYTES),
    });
  if (bytes.byteLength === 0) throw new ValidationError({ file: ['evidence.empty'] }, 'evidence.empty');
  const kind = evidenceKindOf(contentType);
  if (!kind) throw new ValidationError({ file: ['evidence.type_not_allowed'] }, 'evidence.type_not_allowed');
  if (!contentMatchesType(bytes, contentType))
    throw new ValidationError({ file: ['evidence.type_mismatch'] }, 'evidence.type_mismatch', {
      type: normalizeContentType(contentType),
    });
  return kind;
}

/**
 * Stores a photo or document for a draft inspection: the bytes in the blob store under a fresh key, the
 * SHA-256 computed here (never trusted from the client), the device's and the server's times side by side.
 */
export async function storeEvidence(ctx: InspectionCtx, blobs: BlobStore, upload: EvidenceUpload) {
  const kind = checkUpload(upload.contentType, upload.bytes);
  const { inspection, items, snapshot } = await editableDraft(ctx, upload.inspectionId);
  const code = upload.itemCode;
  const known =
    code === null ||
    items.some((i) => i.code === code) ||
    (snapshot.external?.records ?? []).some((f) => recordItemCode(f.code) === code);
  if (!known)
    throw new ValidationError({ itemCode: ['inspection.item_unknown'] }, 'inspection.item_unknown', {
      item: code,
    });
  const sha256 = await sha256Hex(upload.bytes);
  const id = crypto.randomUUID();
  const blobKey = `tenants/${ctx.scope.tenantId}/evidence/${id}`;
  const contentType = normalizeContentType(upload.contentType);
  await blobs.put(blobKey, upload.bytes, contentType);
  try {
    const [row] = await ctx.tx
      .insert(evidence)
      .values({
        id,
        tenantId: ctx.scope.tenantId,
        inspectionId: inspection.id,
        itemCode: code,
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
      after: {
        inspectionId: inspection.id,
        itemCode: code,
        sha256,
        sizeBytes: upload.bytes.byteLength,
        contentType,
      },
    });
    const r = row!;
    return {
      id: r.id,
      itemCode: r.itemCode,
      kind: r.kind,
      contentType: r.contentType,
      sizeBytes: r.sizeBytes,
      sha256: r.sha256,
      originalName: r.originalName,
      capturedAt: r.capturedAt,
      receivedAt: r.receivedAt,
      url: evidenceUrl(r.id),
    };
  } catch (error) {
    // The row did not commit: do not leave the bytes behind.
    await blobs.delete(blobKey).catch(() => {});
    throw error;
  }
}

/** The stored file, for whoever may read the inspection it belongs to. */
export async function readEvidence(ctx: InspectionCtx, blobs: BlobStore, id: string) {
  const [row] = await ctx.tx
    .select()
    .from(evidence)
    .where(and(tenantFilter(evidence.tenantId, ctx.scope.tenantId), eq(evidence.id, id)));
  if (!row?.inspectionId) throw new NotFoundError();
  const { inspection, vendorId } = await loadInspection(ctx, row.inspectionId);
  await assertCanRead(ctx, inspection, vendorId);
  const blob = await blobs.get(row.blobKey);
  if (!blob) throw new NotFoundError();
  return { row, data: blob.data };
}

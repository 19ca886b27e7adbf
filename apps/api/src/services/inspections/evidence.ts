import { NotFoundError, ValidationError } from '@steward/core';
import { schema, tenantFilter } from '@steward/db';
import { and, eq } from 'drizzle-orm';
import type { BlobStore } from '../../blob/blob-store.ts';
import { checkUpload, storeEvidenceFile } from '../evidence-upload.ts';
import { assertCanRead, type InspectionCtx, loadInspection } from './access.ts';
import { editableDraft } from './draft.ts';
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

/** Stores a photo or document for a draft inspection, on one of its items or on the whole of it. */
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
  const r = await storeEvidenceFile(
    ctx,
    blobs,
    'evidence',
    { inspectionId: inspection.id, itemCode: code },
    { ...upload, kind },
  );
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

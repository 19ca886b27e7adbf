import { ValidationError } from '@steward/core';
import { schema } from '@steward/db';
import type { BlobStore } from '../blob/blob-store.ts';
import type { TenantTools } from '../trpc/procedures.ts';
import {
  contentMatchesType,
  evidenceKindOf,
  formatBytes,
  MAX_EVIDENCE_BYTES,
  normalizeContentType,
  sha256Hex,
} from './inspections/evidence-rules.ts';

/** Size and type rules every evidence upload meets (inspections, notice answers), checked before storing. */
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

export interface EvidenceFile {
  contentType: string;
  bytes: Uint8Array;
  originalName: string;
  /** the device's clock when the photo was taken, as the client reports it */
  capturedAt: Date | null;
}

/**
 * Stores one evidence file that `checkUpload` has passed (its answer is `kind`; each caller checks at its own
 * point, before or after loading what the file belongs to): the bytes in the blob store under a fresh key in `folder`, the
 * SHA-256 computed here (never trusted from the client), the row linked to what it proves (`link`: an
 * inspection and item, or a notice) with the device's and the server's times side by side, and the audit
 * entry. If the row does not commit, the bytes are deleted again.
 */
export async function storeEvidenceFile(
  ctx: Pick<TenantTools, 'tx' | 'scope' | 'now' | 'audit'>,
  blobs: BlobStore,
  folder: 'evidence' | 'rectifications',
  link: { inspectionId: string; itemCode: string | null } | { rectificationId: string },
  file: EvidenceFile & { kind: 'photo' | 'document' },
) {
  const { kind } = file;
  const sha256 = await sha256Hex(file.bytes);
  const id = crypto.randomUUID();
  const blobKey = `tenants/${ctx.scope.tenantId}/${folder}/${id}`;
  const contentType = normalizeContentType(file.contentType);
  await blobs.put(blobKey, file.bytes, contentType);
  try {
    const [row] = await ctx.tx
      .insert(schema.evidence)
      .values({
        id,
        tenantId: ctx.scope.tenantId,
        ...link,
        kind,
        blobKey,
        contentType,
        sizeBytes: file.bytes.byteLength,
        sha256,
        originalName: file.originalName.slice(0, 200),
        capturedAt: file.capturedAt,
        receivedAt: ctx.now,
        uploadedBy: ctx.scope.userId,
      })
      .returning();
    await ctx.audit({
      action: 'evidence.upload',
      entity: 'evidence',
      entityId: id,
      after: { ...link, sha256, sizeBytes: file.bytes.byteLength, contentType },
    });
    return row!;
  } catch (error) {
    // The row did not commit: do not leave the bytes behind.
    await blobs.delete(blobKey).catch(() => {});
    throw error;
  }
}

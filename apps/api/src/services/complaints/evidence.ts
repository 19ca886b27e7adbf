import { ValidationError } from '@steward/core';
import { z } from 'zod';
import type { BlobStore } from '../../blob/blob-store.ts';
import { contentMatchesType, sha256Hex } from '../inspections/evidence-rules.ts';
import type { ComplaintEvidence } from './types.ts';

/** Photos from a phone camera; the web app downscales before sending, so 4 MB is generous. */
export const MAX_PHOTO_BYTES = 4 * 1024 * 1024;
export const MAX_PHOTOS = 3;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const photoInput = z.object({
  contentType: z.string().max(60),
  /** base64 of the bytes; the length bound stops oversized bodies before decoding */
  data: z.string().max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 8),
  capturedAt: z.number().int().positive().optional(),
});
export type PhotoInput = z.infer<typeof photoInput>;
export const photosInput = z.array(photoInput).max(MAX_PHOTOS).default([]);

function decodeBase64(data: string): Uint8Array | null {
  try {
    const bin = atob(data.replace(/^data:[^,]*,/, ''));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** Checks every photo (type, size, content) before storing any; errors name the photo's position. */
export async function storePhotos(
  blobs: BlobStore,
  tenantId: string,
  photos: readonly PhotoInput[],
): Promise<ComplaintEvidence[]> {
  const decoded = photos.map((p, i) => {
    const type = p.contentType.split(';')[0]!.trim().toLowerCase();
    const field = `photos.${i}`;
    if (!(PHOTO_TYPES as readonly string[]).includes(type)) {
      throw new ValidationError({ [field]: ['complaint.photo_type'] });
    }
    const bytes = decodeBase64(p.data);
    if (!bytes || bytes.length === 0) throw new ValidationError({ [field]: ['complaint.photo_unreadable'] });
    if (bytes.length > MAX_PHOTO_BYTES) throw new ValidationError({ [field]: ['complaint.photo_too_large'] });
    if (!contentMatchesType(bytes, type)) throw new ValidationError({ [field]: ['complaint.photo_type'] });
    return { bytes, type, capturedAt: p.capturedAt };
  });
  const out: ComplaintEvidence[] = [];
  for (const d of decoded) {
    const sha256 = await sha256Hex(d.bytes);
    // Content-addressed: storing the same photo twice (a retried submit) writes the same key.
    const key = `tenants/${tenantId}/complaints/${sha256}`;
    await blobs.put(key, d.bytes, d.type);
    out.push({
      key,
      sha256,
      contentType: d.type,
      size: d.bytes.length,
      ...(d.capturedAt === undefined ? {} : { capturedAt: d.capturedAt }),
    });
  }
  return out;
}

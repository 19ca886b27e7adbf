import { assertSafeKey, type BlobStore } from './blob-store.ts';

/** The subset of an R2 bucket binding this store uses (kept structural to avoid a global type dependency). */
export interface R2BucketLike {
  put(
    key: string,
    value: Uint8Array,
    options?: { httpMetadata?: { contentType?: string } },
  ): Promise<unknown>;
  get(
    key: string,
  ): Promise<{ arrayBuffer(): Promise<ArrayBuffer>; httpMetadata?: { contentType?: string } } | null>;
  delete(key: string): Promise<void>;
}

/** Production blob store on Workers: Cloudflare R2. */
export function createR2BlobStore(bucket: R2BucketLike): BlobStore {
  return {
    async put(key, data, contentType) {
      assertSafeKey(key);
      await bucket.put(key, data, { httpMetadata: { contentType } });
    },
    async get(key) {
      assertSafeKey(key);
      const object = await bucket.get(key);
      if (!object) return null;
      return {
        data: new Uint8Array(await object.arrayBuffer()),
        contentType: object.httpMetadata?.contentType ?? 'application/octet-stream',
      };
    },
    async delete(key) {
      assertSafeKey(key);
      await bucket.delete(key);
    },
  };
}

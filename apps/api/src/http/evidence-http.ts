import { ValidationError } from '@steward/core';

/** A URI-encoded header value (file names, item codes), as sent if it does not decode. */
export function decodedHeader(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Optional upload headers of every evidence route: the device's capture time and the URI-encoded file name. */
export function uploadHeaders(get: (name: string) => string | undefined): {
  capturedAt: Date | null;
  originalName: string;
} {
  const capturedRaw = get('x-captured-at');
  const capturedAt = capturedRaw ? new Date(capturedRaw) : null;
  if (capturedAt && Number.isNaN(capturedAt.getTime()))
    throw new ValidationError({ capturedAt: ['evidence.bad_capture_time'] }, 'evidence.bad_capture_time');
  return { capturedAt, originalName: decodedHeader(get('x-file-name')) };
}

/**
 * A stored evidence file as the download answer: its own type, photos inline and documents attached,
 * never sniffed, sandboxed (it is served from our origin), its SHA-256 beside it.
 */
export function evidenceFileResponse(
  row: { id: string; kind: string; contentType: string; originalName: string; sha256: string },
  data: Uint8Array,
): Response {
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
}

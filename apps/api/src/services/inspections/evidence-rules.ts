/** What an evidence upload may be: photos from a phone camera and PDF documents, up to 10 MB. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export const EVIDENCE_TYPES = {
  'image/jpeg': 'photo',
  'image/png': 'photo',
  'image/webp': 'photo',
  'image/heic': 'photo',
  'image/heif': 'photo',
  'application/pdf': 'document',
} as const;

export type EvidenceContentType = keyof typeof EVIDENCE_TYPES;

export function evidenceKindOf(contentType: string): 'photo' | 'document' | null {
  const base = contentType.split(';')[0]!.trim().toLowerCase();
  return (EVIDENCE_TYPES as Record<string, 'photo' | 'document'>)[base] ?? null;
}

export function normalizeContentType(contentType: string): string {
  return contentType.split(';')[0]!.trim().toLowerCase();
}

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/**
 * Whether the first bytes are what the declared type says: a renamed executable or HTML page is refused
 * even with an image content type (it would otherwise be served back from our origin).
 */
export function contentMatchesType(bytes: Uint8Array, contentType: string): boolean {
  switch (normalizeContentType(contentType)) {
    case 'image/jpeg':
      return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    case 'image/png':
      return ascii(bytes, 1, 4) === 'PNG' && bytes[0] === 0x89;
    case 'image/webp':
      return ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP';
    case 'image/heic':
    case 'image/heif':
      // ISO base media: a 'ftyp' box whose brand names HEIF/HEIC (heic, heix, mif1, msf1, hevc…).
      return ascii(bytes, 4, 8) === 'ftyp' && /^(hei[cxms]|hev[cxms]|mif1|msf1)$/.test(ascii(bytes, 8, 12));
    case 'application/pdf':
      return ascii(bytes, 0, 5) === '%PDF-';
    default:
      return false;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

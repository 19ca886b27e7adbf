import { locale } from '../../i18n/locale.ts';

export interface UploadedPhoto {
  id: string;
  sha256: string;
  url: string;
}

/** Sends one answer photo as the raw body (the server computes its SHA-256); throws the server's message. */
export async function uploadAnswerPhoto(rectificationId: string, file: File): Promise<UploadedPhoto> {
  const res = await fetch(`/api/rectifications/${rectificationId}/evidence`, {
    method: 'POST',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
      'x-captured-at': new Date(file.lastModified || Date.now()).toISOString(),
      'x-steward-locale': locale(),
    },
    body: file,
    credentials: 'same-origin',
  });
  const body = (await res.json().catch(() => null)) as
    | (UploadedPhoto & { error?: undefined })
    | { error: { message: string } }
    | null;
  if (!res.ok || !body || body.error) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  return body as UploadedPhoto;
}

/** A photo as the API takes it: downscaled JPEG in base64, with the device's capture time. */
export interface PhotoUpload {
  contentType: string;
  data: string;
  capturedAt?: number;
}

const MAX_EDGE = 1600;
export const MAX_PHOTOS = 3;

function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * Phone photos are several MB; the server takes 4 MB at most, so images are redrawn at 1600 px as JPEG.
 * A file the browser cannot decode is sent as it is and the server answers with a clear error.
 */
export async function preparePhoto(file: File): Promise<PhotoUpload> {
  const capturedAt = file.lastModified || undefined;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82));
    if (blob)
      return { contentType: 'image/jpeg', data: await toBase64(blob), ...(capturedAt ? { capturedAt } : {}) };
  } catch {
    // fall through: send the original
  }
  return {
    contentType: file.type || 'application/octet-stream',
    data: await toBase64(file),
    ...(capturedAt ? { capturedAt } : {}),
  };
}

/** A submission id made once per form fill: a retried submit (lost answer, double tap) is the same one. */
export function newSubmissionId(): string {
  return crypto.randomUUID();
}

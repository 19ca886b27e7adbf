/** Longest side of a photo after resizing on the phone: plenty to see a fault, a fraction of the bytes. */
export const MAX_PHOTO_SIDE = 1600;

/**
 * Shrinks a camera photo before upload (a 12-megapixel JPEG becomes a few hundred KB). PDFs, HEIC photos
 * the browser cannot decode, and small images go up unchanged.
 */
export async function compressPhoto(file: File): Promise<Blob> {
  if (!file.type.startsWith('image/') || file.size < 300 * 1024) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  const scale = Math.min(1, MAX_PHOTO_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return file;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
  return blob && blob.size < file.size ? blob : file;
}

/** When the photo was taken, as the device knows it (the file's time; now for a fresh camera shot). */
export function capturedAtOf(file: File): Date {
  return new Date(file.lastModified || Date.now());
}

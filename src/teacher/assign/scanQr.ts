/**
 * Reading a QR code from a picture of a student's screen, on this device: the picture is never
 * uploaded. jsQR is loaded only when a teacher first scans, as most never do.
 */
export async function scanQr(file: File): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(bitmap, 0, 0);
    const { default: jsQR } = await import('jsqr');
    return jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height)?.data ?? null;
  } catch {
    return null;
  }
}

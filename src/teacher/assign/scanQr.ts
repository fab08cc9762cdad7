/**
 * Reading a QR code from a picture of a student's screen, on this device: the picture is never
 * uploaded. jsQR is loaded only when a teacher first scans, as most never do.
 */
/** A phone's photo is 12 megapixels; a QR code on a screen reads as well from a fraction of that. */
const MAX_SIDE = 1024;

export async function scanQr(file: File): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const { default: jsQR } = await import('jsqr');
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    // Dark on light first (how the game draws it), then inverted: the same pictures as trying
    // both at once, in half the time for the usual one.
    const read = (inversionAttempts: 'dontInvert' | 'onlyInvert') => jsQR(pixels, canvas.width, canvas.height, { inversionAttempts })?.data ?? null;
    return read('dontInvert') ?? read('onlyInvert');
  } catch {
    return null;
  }
}

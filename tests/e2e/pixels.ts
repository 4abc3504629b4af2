// Why: screenshots are compared pixel by pixel without an image library: the PNGs are decoded by Chromium
// itself (createImageBitmap in a blank page of the same browser), so a test can say how many pixels differ
// and where, not only that two files are unequal.
import type { Page } from 'playwright-core';

export interface PixelDiff {
  width: number;
  height: number;
  /** Pixels whose colour differs in any channel by more than the tolerance (or all, if sizes differ). */
  differing: number;
  /** Bounding box of the differing pixels, for the failure message. */
  box: { x0: number; y0: number; x1: number; y1: number } | null;
}

export async function pixelDiff(
  browser: { newPage(): Promise<Page> },
  a: Buffer,
  b: Buffer,
  tolerance = 0,
): Promise<PixelDiff> {
  if (a.equals(b)) {
    const w = a.readUInt32BE(16);
    const h = a.readUInt32BE(20);
    return { width: w, height: h, differing: 0, box: null };
  }
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([pa, pb, tol]) => {
        const decode = async (b64: string) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(bmp.width, bmp.height);
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(bmp, 0, 0);
          return ctx.getImageData(0, 0, bmp.width, bmp.height);
        };
        const [ia, ib] = await Promise.all([decode(pa), decode(pb)]);
        if (ia.width !== ib.width || ia.height !== ib.height) {
          return { width: ia.width, height: ia.height, differing: ia.width * ia.height, box: null };
        }
        let differing = 0;
        let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
        for (let i = 0; i < ia.data.length; i += 4) {
          const d = Math.max(
            Math.abs(ia.data[i]! - ib.data[i]!),
            Math.abs(ia.data[i + 1]! - ib.data[i + 1]!),
            Math.abs(ia.data[i + 2]! - ib.data[i + 2]!),
          );
          if (d <= tol) continue;
          differing++;
          const x = (i / 4) % ia.width;
          const y = Math.floor(i / 4 / ia.width);
          box = box
            ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x), y1: Math.max(box.y1, y) }
            : { x0: x, y0: y, x1: x, y1: y };
        }
        return { width: ia.width, height: ia.height, differing, box };
      },
      [a.toString('base64'), b.toString('base64'), tolerance] as const,
    );
  } finally {
    await page.close();
  }
}

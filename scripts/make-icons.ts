// Why: electron-builder needs PNG app icons at several sizes; they are rendered from build/icons/icon.svg
// with the same Chromium the tests use, so the icon has one editable source. Run: npx tsx scripts/make-icons.ts
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dir = path.resolve(import.meta.dirname, '../build/icons');
const svg = readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    await page.screenshot({ path: path.join(dir, `${size}x${size}.png`), omitBackground: true });
    await page.close();
  }
  // Windows and macOS builds take the 512 px master.
  copyFileSync(path.join(dir, '512x512.png'), path.join(dir, 'icon.png'));
} finally {
  await browser.close();
}

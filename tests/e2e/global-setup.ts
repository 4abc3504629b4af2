// Why: compiles the bridge preload once per test run (as the real preload is compiled by Vite) and
// checks the production renderer build exists, so specs never test stale or dev-mode code.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BRIDGE_OUT = path.join(ROOT, '.cache', 'e2e');

export default async function setup(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/renderer/index.html'))) {
    throw new Error(
      'The production renderer build is missing: run `npm run build` before the end-to-end tests (npm test does this).',
    );
  }
  mkdirSync(BRIDGE_OUT, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: BRIDGE_OUT,
      emptyOutDir: false,
      minify: false,
      lib: {
        entry: path.join(ROOT, 'electron/preload/chromium-bridge.ts'),
        formats: ['iife'],
        name: 'pmbBridge',
        fileName: () => 'chromium-bridge.js',
      },
    },
  });
}

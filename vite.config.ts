// Why: one build for all three layers: the React renderer (dist/renderer), and Electron's main (ESM)
// and sandboxed preload (a single CommonJS file, since sandboxed preloads cannot load ES modules).
import { builtinModules } from 'node:module';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import electron from 'vite-plugin-electron';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;
const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const mainExternals = [...nodeExternals, ...Object.keys(pkg.dependencies ?? {})];
// Both Node entry points (Electron's main, the Chromium host) build the same way: one unminified ES module each.
const nodeEntryBuild = (entryFileNames: string, external: string[]) => ({
  outDir: path.join(root, 'dist-electron'),
  emptyOutDir: false,
  sourcemap: true,
  minify: false,
  rollupOptions: { external, output: { format: 'es' as const, entryFileNames } },
});
// Both preloads are one self-contained file (sandboxed preloads cannot load modules or chunks).
const preloadBuild = (
  entry: string,
  fileName: string,
  formats: ('iife' | 'cjs')[],
  external: string[],
  name?: string,
) => ({
  outDir: path.join(root, 'dist-electron'),
  emptyOutDir: false,
  minify: false,
  lib: { entry: path.join(root, entry), formats, name, fileName: () => fileName },
  rollupOptions: { external, output: { codeSplitting: false } },
});
// The Electron build is skipped for the e2e harness and benchmarks, which only need the renderer.
const rendererOnly = process.env.PMB_RENDERER_ONLY === '1';

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [
    react(),
    ...(rendererOnly
      ? []
      : [
          electron([
            {
              entry: path.join(root, 'electron/main/index.ts'),
              vite: { build: nodeEntryBuild('main.js', mainExternals) },
            },
            {
              // The Chromium host (npm start without Electron's binary): plain Node, run by scripts/start.mjs.
              entry: path.join(root, 'electron/host-chromium/main.ts'),
              onstart: () => undefined,
              vite: { build: nodeEntryBuild('chromium-host.js', [...mainExternals, 'playwright-core']) },
            },
            {
              // Its preload: the same contract-built window.briefing over a Playwright binding.
              entry: path.join(root, 'electron/preload/chromium-bridge.ts'),
              onstart: () => undefined,
              vite: {
                build: preloadBuild(
                  'electron/preload/chromium-bridge.ts',
                  'chromium-bridge.js',
                  ['iife'],
                  [],
                  'pmbBridge',
                ),
              },
            },
            {
              entry: path.join(root, 'electron/preload/index.ts'),
              onstart: ({ reload }) => reload(),
              vite: { build: preloadBuild('electron/preload/index.ts', 'preload.cjs', ['cjs'], nodeExternals) },
            },
          ]),
        ]),
  ],
  build: {
    outDir: path.join(root, 'dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // Fonts are always files: the CSP allows fonts only from 'self', so an inlined data: font would be refused.
    assetsInlineLimit: (file) => (/\.(ttf|woff2?)$/.test(file) ? false : undefined),
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
});

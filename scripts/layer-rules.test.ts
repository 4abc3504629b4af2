// Why: the layer rules are only worth what they refuse. Each case drops one illegal import into a file of
// the layer it breaks (linted in place, as ESLint would see a new file there) and shows that lint refuses
// it, while the legal twin next to it passes, so a rule that silently stopped matching fails this test.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

const illegal: { layer: string; file: string; code: string }[] = [
  {
    layer: 'renderer',
    file: 'renderer/src/views/x.ts',
    code: "import chokidar from 'chokidar';\nexport const w = chokidar;\n",
  },
  { layer: 'renderer', file: 'renderer/src/views/x.ts', code: "export const f = await import('node:fs');\n" },
  { layer: 'renderer', file: 'renderer/src/views/x.ts', code: "import fs from 'fs';\nexport const f = fs;\n" },
  {
    layer: 'renderer',
    file: 'renderer/src/views/x.ts',
    code: "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
  },
  { layer: 'renderer', file: 'renderer/src/views/x.ts', code: "export const l = await import('proper-lockfile');\n" },
  {
    layer: 'renderer',
    file: 'renderer/src/views/x.ts',
    code: "const m = 'node:fs';\nexport const f = await import(m);\n",
  },
  {
    layer: 'renderer',
    file: 'renderer/src/views/x.ts',
    code: "import { handle } from '../../../electron/main/ipc/handle';\nexport const h = handle;\n",
  },
  { layer: 'shared', file: 'shared/x/y.ts', code: "import { create } from 'zustand';\nexport const c = create;\n" },
  {
    layer: 'shared',
    file: 'shared/x/y.ts',
    code: "import { createRoot } from 'react-dom/client';\nexport const r = createRoot;\n",
  },
  { layer: 'shared', file: 'shared/x/y.ts', code: "export const p = await import('node:path');\n" },
  {
    layer: 'shared',
    file: 'shared/x/y.ts',
    code: "import { App } from '../../renderer/src/app/App';\nexport const a = App;\n",
  },
  {
    layer: 'services',
    file: 'electron/services/x.ts',
    code: "import { app } from 'electron';\nexport const a = app;\n",
  },
  {
    layer: 'services',
    file: 'electron/services/x.ts',
    code: "import { handle } from '../main/ipc/handle';\nexport const h = handle;\n",
  },
  { layer: 'services', file: 'electron/services/x/y.ts', code: "export const m = await import('../../main/menu');\n" },
  {
    layer: 'services',
    file: 'electron/services/x.ts',
    code: "import { App } from '../../renderer/src/app/App';\nexport const a = App;\n",
  },
  {
    layer: 'electron (not main)',
    file: 'electron/host/x.ts',
    code: "import { app } from 'electron';\nexport const a = app;\n",
  },
  {
    layer: 'preload',
    file: 'electron/preload/x.ts',
    code: "import { handle } from '../main/ipc/handle';\nexport const h = handle;\n",
  },
];

const legal: { layer: string; file: string; code: string }[] = [
  {
    layer: 'renderer',
    file: 'renderer/src/views/x.ts',
    code: "import { create } from 'zustand';\nimport { z } from 'zod';\nexport const c = [create, z];\n",
  },
  {
    layer: 'renderer',
    file: 'renderer/src/views/x.ts',
    code: "export const v = await import('./y');\nexport const d = await import('../../../shared/data');\n",
  },
  {
    layer: 'shared',
    file: 'shared/x/y.ts',
    code: "import { z } from 'zod';\nimport { dataset } from '../data';\nexport const s = [z, dataset];\n",
  },
  {
    layer: 'services',
    file: 'electron/services/x.ts',
    code: "import fs from 'node:fs';\nimport { dataset } from '../../shared/data';\nexport const s = [fs, dataset];\n",
  },
  { layer: 'main', file: 'electron/main/x.ts', code: "import { app } from 'electron';\nexport const a = app;\n" },
];

describe('layer rules', () => {
  // ESLint loads its config and parsers on the first lint; that start-up is not what each case measures.
  beforeAll(() => problems('shared/x/y.ts', 'export {};\n'), 120_000);
  it.each(illegal)('$layer refuses: $code', { timeout: 30_000 }, async ({ file, code }) => {
    expect(await problems(file, code)).not.toEqual([]);
  });
  it.each(legal)('$layer accepts: $code', { timeout: 30_000 }, async ({ file, code }) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

// Start-up never fails silently: a saved workspace folder that cannot be opened (a file now, read-only,
// missing, a file where a subfolder should be, read-only with a leftover temp file) opens the app with a
// banner naming the folder and the problem, changes nothing in it, and offers another folder or the
// default one. Runs on the Chromium host (the harness); the Electron shell shares the same app core.
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeReadOnly } from '../fixtures/read-only-dir';
import { launchApp, waitForView } from './harness';

const base = mkdtempSync(path.join(tmpdir(), 'pmb-startup-'));
const undo: (() => void)[] = [];
afterAll(() => undo.splice(0).forEach((f) => f()));

/** Every path under `dir` with its size and mtime: "nothing changed" means this is equal before and after. */
function snapshot(dir: string): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return ['(missing)'];
  }
  if (!st.isDirectory()) return [`${dir} file ${st.size} ${st.mtimeMs}`];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? [`${p}/`, ...snapshot(p)] : [`${p} ${statSync(p).size} ${statSync(p).mtimeMs}`];
  });
}

const CASES: { name: string; make(): string | null; problem: RegExp }[] = [
  {
    name: 'a file where the folder was',
    make: () => {
      const f = path.join(base, 'was-a-folder');
      writeFileSync(f, 'not a folder');
      return f;
    },
    problem: /is a file, not a folder/,
  },
  {
    name: 'a missing folder (a share not connected)',
    make: () => path.join(base, 'unplugged-share'),
    problem: /no longer exists/,
  },
  {
    name: 'a file where a subfolder should be',
    make: () => {
      const d = path.join(base, 'bad-sub');
      mkdirSync(d);
      writeFileSync(path.join(d, 'scenarios'), 'oops');
      return d;
    },
    problem: /"scenarios" inside it is a file/,
  },
  {
    name: 'a read-only folder',
    make: () => {
      const d = path.join(base, 'read-only');
      mkdirSync(d);
      const u = makeReadOnly(d);
      if (!u) return null;
      undo.push(u);
      return d;
    },
    problem: /read-only/,
  },
  {
    name: 'a read-only folder holding a leftover temp file',
    make: () => {
      const d = path.join(base, 'read-only-tmp');
      mkdirSync(path.join(d, 'scenarios'), { recursive: true });
      writeFileSync(path.join(d, 'scenarios', '.a.json.pmb-tmp-123-abc'), '{"half": ');
      const u = makeReadOnly(d);
      const u2 = makeReadOnly(path.join(d, 'scenarios'));
      if (!u || !u2) return null;
      undo.push(u2, u);
      return d;
    },
    problem: /read-only/,
  },
];

describe('start-up with a workspace folder that cannot be opened', () => {
  for (const c of CASES) {
    it(`${c.name}: the app opens with a banner naming folder and problem, and changes nothing`, async (ctx) => {
      const dir = c.make();
      if (!dir) return ctx.skip();
      const before = snapshot(dir);
      const app = await launchApp({ workspaceDir: dir });
      try {
        const banner = app.page.getByTestId('workspace-unavailable');
        await banner.waitFor();
        expect(await app.page.getByTestId('workspace-unavailable-dir').innerText()).toBe(dir);
        expect(await app.page.getByTestId('workspace-unavailable-problem').innerText()).toMatch(c.problem);
        expect(await banner.getByRole('button', { name: 'Choose another folder' }).count()).toBe(1);
        expect(await banner.getByRole('button', { name: 'Use the default folder' }).count()).toBe(1);
        // The rest of the app still works on the bundled data.
        await waitForView(app.page, 'overview');
        expect(snapshot(dir)).toEqual(before);
      } finally {
        await app.close();
      }
      expect(snapshot(dir)).toEqual(before);
    });
  }

  it('"Use the default folder" opens Documents/Pakistan Minerals Briefing and remembers it', async () => {
    const app = await launchApp({ workspaceDir: path.join(base, 'gone') });
    try {
      await app.page.getByTestId('workspace-use-default').click();
      // The window starts afresh on the folder that opened.
      await app.page.waitForSelector('html[data-app-ready="true"]', { state: 'attached' });
      await expect.poll(() => app.page.getByTestId('workspace-unavailable').count(), { timeout: 15_000 }).toBe(0);
      const dflt = path.join(app.userDataDir, 'Documents', 'Pakistan Minerals Briefing');
      expect(readdirSync(dflt)).toEqual(expect.arrayContaining(['scenarios', 'briefings', 'data', 'state']));
      await app.page.getByTestId('settings-open').click();
      expect(await app.page.getByTestId('workspace-path').innerText()).toBe(dflt);
    } finally {
      await app.close();
    }
  });
});

// `npm start` on a machine with no Electron binary, headed under Xvfb as CI runs it: the paragraph saying
// why and how to get the desktop shell, then a window titled "Pakistan Minerals Briefing" showing the
// Overview (checked by the host through its own page handle, screenshot in tests/e2e/artifacts/headed),
// and exit 0 once the window is closed. With no browser to be found it says what it tried and exits non-zero.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from './harness';
import { ROOT } from './global-setup';

const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).status === 0;
const start = (env: Record<string, string>, wrap: string[] = []) =>
  spawnSync(
    wrap[0] ?? process.execPath,
    [...wrap.slice(1), ...(wrap.length ? [process.execPath] : []), path.join(ROOT, 'scripts/start.mjs')],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
      // The e2e run has built the app already (npm test builds first); ELECTRON_OVERRIDE_DIST_PATH unset.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '', PMB_SKIP_BUILD: '1', ...env },
    },
  );

describe('npm start without Electron', () => {
  it.skipIf(!hasXvfb)('opens the Overview in a headed Chromium window and exits 0 when it is closed', () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'pmb-headed-ud-'));
    const out = path.join(ARTIFACTS, 'headed');
    rmSync(out, { recursive: true, force: true });
    try {
      const run = start(
        { PMB_USER_DATA_DIR: userData, PMB_WORKSPACE_DIR: path.join(userData, 'ws'), PMB_SMOKE_DIR: out },
        ['xvfb-run', '-a'],
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain("Electron's desktop shell is not available");
      expect(run.stdout).toContain('ELECTRON_OVERRIDE_DIST_PATH');
      expect(run.stdout.includes('    at ')).toBe(false); // no stack trace
      const smoke = JSON.parse(readFileSync(path.join(out, 'smoke.json'), 'utf8'));
      expect(smoke).toMatchObject({
        title: 'Pakistan Minerals Briefing',
        view: 'overview',
        url: 'https://briefing.invalid/index.html',
      });
      expect(smoke.heading).toMatch(/critical minerals/i);
      expect(existsSync(path.join(out, 'headed-overview.png'))).toBe(true);
      expect(readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8')).toContain('Chromium host starting');
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });

  it('with no browser to be found, says which it tried and exits non-zero', () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'pmb-nobrowser-ud-'));
    try {
      const run = start({ PMB_USER_DATA_DIR: userData, PMB_BROWSER: '/nonexistent/chromium' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('No Chromium, Chrome, Edge or Brave browser was found');
      expect(run.stderr).toContain('/nonexistent/chromium');
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });
});

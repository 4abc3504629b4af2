// Says, in every run, whether the specs also ran against real Electron, and why not when they did not.
import { describe, expect, it } from 'vitest';
import { electronBinary } from './electron-launch';

const binary = electronBinary();
const reason = binary
  ? ''
  : ' — skipped: ELECTRON_OVERRIDE_DIST_PATH is not set (no Electron binary can be downloaded on this machine)';

describe('real Electron target', () => {
  it.skipIf(!binary)(`runs the e2e specs against real Electron as project e2e-electron${reason}`, async () => {
    const { existsSync } = await import('node:fs');
    expect(existsSync(binary!)).toBe(true);
  });
});

// A writer process is killed mid-save again and again. After each kill the file must be a whole old or
// new version, never truncated or mixed, and the temp files it left must be swept at the next start.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepTempFiles, TEMP_MARKER } from './atomic-write';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WRITER = path.join(ROOT, 'tests/fixtures/crash-writer.ts');
const KILLS = 60;

function runAndKill(file: string, start: number, afterWrites: number, delayMs: number): Promise<{ lastReported: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, String(start)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastReported = start - 1;
    let writes = 0;
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of String(chunk).split('\n')) {
        const m = /^wrote (\d+)/.exec(line);
        if (m) {
          lastReported = Number(m[1]);
          writes++;
        }
      }
      if (!killed && writes >= afterWrites) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ lastReported });
      else reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-save: the file is always a whole old or new version`, { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-crash-'));
    const file = path.join(dir, 'scenario.json');
    writeFileSync(file, JSON.stringify({ gen: 0, length: 4, body: '0000' }));
    let gen = 1;
    let tempLeftovers = 0;
    for (let i = 0; i < KILLS; i++) {
      const { lastReported } = await runAndKill(file, gen, 1 + (i % 3), (i * 7) % 23);
      const text = readFileSync(file, 'utf8');
      const doc = JSON.parse(text) as { gen: number; length: number; body: string };
      expect(doc.body.length).toBe(doc.length);
      // At least the last write the writer confirmed (it may have finished more before the kill landed).
      expect(doc.gen).toBeGreaterThanOrEqual(lastReported);
      tempLeftovers += readdirSync(dir).filter((n) => n.includes(TEMP_MARKER)).length;
      await sweepTempFiles(dir);
      expect(readdirSync(dir)).toEqual(['scenario.json']);
      gen = Math.max(lastReported, doc.gen) + 1000;
    }
    // Report how often a kill landed mid-write (a temp file was left): the test is only meaningful if some did.
    console.info(`crash test: ${KILLS} kills, ${tempLeftovers} left a temp file mid-write, 0 corrupt files`);
    expect(tempLeftovers).toBeGreaterThan(0);
  });
});

// Fault injection across processes: the workspace's sharing guarantees (docs/workspace-sharing.md) measured, not
// assumed. Other processes run the real WorkspaceStore (tests/fixtures/workspace-child.ts, bundled once so each
// starts in tens of milliseconds); this process checks every acknowledged save against the files on disk and
// prints the figures. Under `npm run mutate` the bundle is built from Stryker's instrumented sources and each child
// runs the mutant this process runs (passed in __STRYKER_ACTIVE_MUTANT__, which the instrumented code reads), so a
// mutant in the store is exercised by every writer, not only by this process.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { logKind, type LogDoc } from '../../../tests/fixtures/log-kind';
import type { DocumentKind } from '../../../shared/workspace/documents';
import { TEMP_MARKER } from './atomic-write';
import { LOCK_MARKER } from './file-lock';
import { WorkspaceStore } from './store';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let childJs = '';
/** Stryker's mutant switch (its default global namespace); undefined outside a mutation run. */
const activeMutant = () => (globalThis as { __stryker__?: { activeMutant?: string } }).__stryker__?.activeMutant;

beforeAll(async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'pmb-child-'));
  childJs = path.join(out, 'workspace-child.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'tests/fixtures/workspace-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: childJs,
    minify: true,
    logLevel: 'silent',
  });
}, 60_000);

interface Child {
  lines: string[];
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  kill(): void;
  onLine(fn: (line: string) => void): void;
}

function runChild(task: object): Child {
  const mutant = activeMutant();
  const env = mutant === undefined ? process.env : { ...process.env, __STRYKER_ACTIVE_MUTANT__: mutant };
  const child = spawn(process.execPath, [childJs, JSON.stringify(task)], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const lines: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  let buffered = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += String(chunk);
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const l of listeners) l(line);
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { lines, done, kill: () => child.kill('SIGKILL'), onLine: (fn) => listeners.push(fn) };
}

const logDoc = (entries: string[], extra: Partial<LogDoc> = {}): LogDoc => ({
  schemaVersion: 1,
  kind: 'scenario',
  entries,
  gen: 0,
  body: '',
  ...extra,
});
const freshRoot = () => mkdtempSync(path.join(tmpdir(), 'pmb-fault-'));
const storeAt = (root: string) =>
  new WorkspaceStore(root, { scenario: logKind as DocumentKind<unknown> }, { lock: { staleMs: 2000 } });

describe('fault injection across processes', () => {
  it(
    '2 processes × 200 read-edit-save cycles on one file: no acknowledged save is lost',
    { timeout: 60_000 },
    async () => {
      const root = freshRoot();
      const store = storeAt(root);
      await store.init();
      await store.write('scenario', 'shared.json', logDoc([]), null);
      const children = ['a', 'b'].map((id) => runChild({ mode: 'cycles', root, name: 'shared.json', id, count: 200 }));
      const exits = await Promise.all(children.map((c) => c.done));
      for (const e of exits) expect(e.stderr).toBe('');
      const acked = children.flatMap((c) => c.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4)));
      const final = (await store.read('scenario', 'shared.json')).content as unknown as LogDoc;
      const lost = acked.filter((e) => !final.entries.includes(e));
      console.info(
        `fault injection: 2 processes × 200 cycles: ${acked.length} acknowledged saves, ${final.entries.length} in the file, ${lost.length} lost`,
      );
      expect(acked).toHaveLength(400);
      expect(lost).toEqual([]);
      expect(new Set(final.entries).size).toBe(final.entries.length);
    },
  );

  it(
    '300 concurrent save + rename pairs in two processes: no acknowledged save is lost',
    { timeout: 60_000 },
    async () => {
      const root = freshRoot();
      const store = storeAt(root);
      await store.init();
      const PAIRS = 300;
      for (let i = 0; i < PAIRS; i++) await store.write('scenario', `pair-${i}.json`, logDoc([`original-${i}`]), null);
      const saver = runChild({ mode: 'saves', root, count: PAIRS, concurrency: 6 });
      const renamer = runChild({ mode: 'renames', root, count: PAIRS, concurrency: 6 });
      const exits = await Promise.all([saver.done, renamer.done]);
      for (const e of exits) expect(e.stderr).toBe('');
      const saved = new Set(saver.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))));
      const renamed = new Set(renamer.lines.filter((l) => l.startsWith('renamed ')).map((l) => Number(l.slice(8))));
      let lost = 0;
      let both = 0;
      for (let i = 0; i < PAIRS; i++) {
        const holders = [`pair-${i}.json`, `moved-${i}.json`].filter((n) =>
          existsSync(path.join(root, 'scenarios', n)),
        );
        // Exactly one file per pair: a rename never leaves two copies or none.
        expect(holders).toHaveLength(1);
        const doc = JSON.parse(readFileSync(path.join(root, 'scenarios', holders[0]!), 'utf8')) as LogDoc;
        if (saved.has(i) && !doc.entries.includes(`saved-${i}`)) lost++;
        if (saved.has(i) && renamed.has(i)) both++;
        if (renamed.has(i)) expect(holders[0]).toBe(`moved-${i}.json`);
      }
      console.info(
        `fault injection: ${PAIRS} save + rename pairs: ${saved.size} saves and ${renamed.size} renames acknowledged, ${both} pairs both, ${lost} saves lost`,
      );
      expect(lost).toBe(0);
      expect(saved.size + renamed.size).toBeGreaterThanOrEqual(PAIRS);
      // "No acknowledged save is lost" means something only if saves were acknowledged, some of them in pairs that
      // were also renamed (the race itself): typically 270 or more of the 300 are both.
      expect(saved.size).toBeGreaterThan(0);
      expect(both).toBeGreaterThan(0);
    },
  );

  it(
    '200 SIGKILLs mid-save: every file is a whole old or new version; the leftovers are cleaned up',
    { timeout: 180_000 },
    async () => {
      const root = freshRoot();
      const store = storeAt(root);
      await store.init();
      const KILLS = 200;
      const PARALLEL = 6;
      let corrupt = 0;
      let next = 0;
      const killOne = async (i: number) => {
        const name = `victim-${i}.json`;
        await store.write('scenario', name, logDoc([], { gen: 0 }), null);
        const child = runChild({ mode: 'kill', root, name, start: 1, bodyBytes: 20_000 + (i % 5) * 10_000 });
        let lastReported = 0;
        let writes = 0;
        // Killed after 0, 1 or 2 completed saves, 0–12 ms into the next one.
        const afterWrites = i % 3;
        const delayMs = (i * 7) % 13;
        child.onLine((line) => {
          const m = /^wrote (\d+)$/.exec(line);
          if (m) lastReported = Number(m[1]);
          if ((m || line === 'started') && writes++ === afterWrites) setTimeout(() => child.kill(), delayMs);
        });
        const exit = await child.done;
        expect(exit.stderr).toBe('');
        expect(exit.signal).toBe('SIGKILL');
        const text = readFileSync(path.join(root, 'scenarios', name), 'utf8');
        try {
          const doc = JSON.parse(text) as LogDoc;
          if (doc.gen < lastReported || (doc.gen > 0 && doc.body.length < 20_000)) corrupt++;
        } catch {
          corrupt++;
        }
      };
      await Promise.all(
        Array.from({ length: PARALLEL }, async () => {
          while (next < KILLS) await killOne(next++);
        }),
      );
      const names = readdirSync(path.join(root, 'scenarios'));
      const tempsLeft = names.filter((n) => n.includes(TEMP_MARKER)).length;
      const locksLeft = names.filter((n) => n.includes(LOCK_MARKER)).length;
      // A fresh start sweeps every temp file whose writer is dead, and takes over a stale lock a killed writer held.
      const { swept } = await storeAt(root).init();
      const after = readdirSync(path.join(root, 'scenarios')).filter((n) => n.includes(TEMP_MARKER));
      const lockedVictim = names
        .find((n) => n.includes(LOCK_MARKER))
        ?.replace(/^\./, '')
        .replace(LOCK_MARKER, '');
      if (lockedVictim) {
        const { revision } = await store.read('scenario', lockedVictim);
        await store.write('scenario', lockedVictim, logDoc(['after-crash']), revision);
      }
      console.info(
        `fault injection: ${KILLS} SIGKILLs mid-save: ${corrupt} corrupt or half-written files, ${tempsLeft} temp files and ` +
          `${locksLeft} locks left by killed writers, ${swept} temp files swept at the next start`,
      );
      expect(corrupt).toBe(0);
      expect(after).toEqual([]);
      expect(swept).toBe(tempsLeft);
      // The test is only meaningful if some kills landed mid-save.
      expect(tempsLeft + locksLeft).toBeGreaterThan(0);
    },
  );

  it('the start-up sweep leaves a live instance’s temp files alone', async () => {
    const root = freshRoot();
    mkdirSync(path.join(root, 'scenarios'), { recursive: true });
    // A second instance mid-save: its temp file must survive this instance opening the folder.
    const other = runChild({ mode: 'kill', root, name: 'busy.json', start: 1, bodyBytes: 10 });
    const store = storeAt(root);
    await store.init();
    await store.write('scenario', 'busy.json', logDoc([]), null);
    const child = runChild({ mode: 'cycles', root, name: 'busy.json', id: 'x', count: 1 });
    await child.done;
    other.kill();
    await other.done;
    const { HOST_TAG } = await import('./atomic-write');
    const liveTemp = path.join(root, 'scenarios', `.busy.json${TEMP_MARKER}${HOST_TAG}-${process.ppid}-abcd1234`);
    writeFileSync(liveTemp, 'half');
    expect((await storeAt(root).init()).swept).toBe(0);
    expect(existsSync(liveTemp)).toBe(true);
  });
});

// A shared workspace is a hostile file system: links out of it, pipes, device links, huge files, names other
// platforms refuse, files with a byte-order mark. Each case is refused (or read) with the message a user sees.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from '../../../shared/scenario';
import { documentKinds } from '../../../shared/workspace/kinds';
import type { ScenarioFile } from '../../../shared/workspace/scenario-file';
import { HOST_TAG, ORPHAN_TEMP_AGE_MS, sweepTempFiles, TEMP_MARKER } from './atomic-write';
import { WorkspaceStore } from './store';

const scenarioFile = (name: string): ScenarioFile => {
  const s = createScenarioFromPreset('reko-diq', { now: '2026-03-01T00:00:00.000Z' });
  return { schemaVersion: 1, kind: 'scenario', scenario: { ...s, meta: { ...s.meta, name } } };
};
const posix = process.platform !== 'win32';

let root: string;
let outside: string;
let store: WorkspaceStore;
beforeEach(async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'pmb-hostile-'));
  root = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  mkdirSync(outside);
  store = new WorkspaceStore(root, documentKinds, { maxBytes: 64 * 1024 });
  await store.init();
});

describe.runIf(posix)('links out of the workspace', () => {
  it('a linked briefings folder: writes, reads, lists and deletes are refused and nothing outside changes', async () => {
    rmSync(path.join(root, 'briefings'), { recursive: true });
    symlinkSync(outside, path.join(root, 'briefings'));
    writeFileSync(path.join(outside, 'theirs.json'), '{"secret":"outside content"}');
    const refused = {
      code: 'OUTSIDE_WORKSPACE',
      message: expect.stringContaining('links out of the workspace are never followed'),
    };
    const spec = { schemaVersion: 1, kind: 'briefing', title: 'T', date: '2026-03-01', sections: [{ type: 'cover' }] };
    await expect(store.write('briefing', 'new.json', spec, null)).rejects.toMatchObject(refused);
    await expect(store.read('briefing', 'theirs.json')).rejects.toMatchObject(refused);
    await expect(store.delete('briefing', 'theirs.json')).rejects.toMatchObject(refused);
    await expect(store.list('briefing')).rejects.toMatchObject(refused);
    expect(readdirSync(outside)).toEqual(['theirs.json']);
    expect(existsSync(path.join(root, '.trash/briefings'))).toBe(false);
    // The banner names the folder instead of failing the whole workspace.
    expect(await store.damaged()).toContainEqual({
      file: 'briefings/',
      message: expect.stringContaining('"briefings" is a link'),
    });
  });

  it('a linked file: read, write, rename and delete are refused without quoting the target', async () => {
    writeFileSync(path.join(outside, 'target.json'), '{"secret":"TOP-SECRET-CONTENT"}');
    symlinkSync(path.join(outside, 'target.json'), path.join(root, 'scenarios/linked.json'));
    const check = async (p: Promise<unknown>) => {
      const err = await p.then(
        () => null,
        (e: Error) => e,
      );
      expect(err).toMatchObject({
        code: 'OUTSIDE_WORKSPACE',
        message: expect.stringContaining('linked.json is a link, not an ordinary file'),
      });
      expect(err!.message).not.toContain('TOP-SECRET');
      expect(err!.message).not.toContain(outside);
    };
    await check(store.read('scenario', 'linked.json'));
    await check(store.write('scenario', 'linked.json', scenarioFile('x'), undefined));
    await check(store.delete('scenario', 'linked.json'));
    await check(store.rename('scenario', 'linked.json', 'moved.json'));
    const [entry] = await store.list('scenario');
    expect(entry).toMatchObject({
      name: 'linked.json',
      status: 'damaged',
      problem: expect.stringContaining('is a link'),
    });
    expect(readFileSync(path.join(outside, 'target.json'), 'utf8')).toContain('TOP-SECRET');
  });

  it('a link to /dev/zero is refused unread', async () => {
    symlinkSync('/dev/zero', path.join(root, 'scenarios/zero.json'));
    await expect(store.read('scenario', 'zero.json')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message: expect.stringContaining('zero.json is a link'),
    });
    expect((await store.list('scenario'))[0]).toMatchObject({ status: 'damaged' });
  });
});

describe.runIf(posix)('pipes, devices and size', () => {
  it('a named pipe called x.json does not hang the listing and is reported', async () => {
    execFileSync('mkfifo', [path.join(root, 'scenarios/x.json')]);
    const [entry] = await store.list('scenario');
    expect(entry).toMatchObject({
      name: 'x.json',
      status: 'damaged',
      problem:
        'x.json is a named pipe, not an ordinary file: only ordinary files are opened. Replace it with a real file.',
    });
    await expect(store.read('scenario', 'x.json')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message: expect.stringContaining('named pipe'),
    });
    await expect(store.write('scenario', 'x.json', scenarioFile('x'), undefined)).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
    });
  });

  it('a file over the size limit is refused without being read, by size', async () => {
    writeFileSync(path.join(root, 'scenarios/big.json'), `{"pad":"${'x'.repeat(100_000)}"}`);
    await expect(store.read('scenario', 'big.json')).rejects.toMatchObject({
      code: 'DAMAGED_FILE',
      message: 'big.json is 0.1 MB; workspace files over 0.1 MB are not opened. Move it out of the workspace folder.',
    });
    expect((await store.list('scenario'))[0]).toMatchObject({
      status: 'damaged',
      problem: expect.stringContaining('are not opened'),
    });
    await expect(store.write('scenario', 'big.json', scenarioFile('x'), undefined)).rejects.toMatchObject({
      code: 'DAMAGED_FILE',
    });
  });
});

describe('names every platform accepts', () => {
  it.each([
    ['CON.json', 'device name Windows reserves'],
    ['NUL.json', 'device name Windows reserves'],
    ['COM1.json', 'device name Windows reserves'],
    ['x.json:alt.json', 'alternate stream'],
    ['a\nb.json', 'control characters'],
    ['a\tb.json', 'control characters'],
    ['evil\u202Enosj.json', 'right-to-left override'],
  ])('refuses %j on every operation', async (name, why) => {
    const refused = { code: 'BAD_INPUT', message: expect.stringContaining(why) };
    await expect(store.write('scenario', name, scenarioFile('x'), null)).rejects.toMatchObject(refused);
    await expect(store.read('scenario', name)).rejects.toMatchObject(refused);
    await store.write('scenario', 'ok.json', scenarioFile('x'), null);
    await expect(store.rename('scenario', 'ok.json', name)).rejects.toMatchObject(refused);
    expect(readdirSync(path.join(root, 'scenarios'))).toEqual(['ok.json']);
  });

  it.runIf(posix)('lists a file with an unsafe name as damaged, shown with visible code points', async () => {
    writeFileSync(path.join(root, 'scenarios', 'evil\u202Enosj.json'), JSON.stringify(scenarioFile('x')));
    const [entry] = await store.list('scenario');
    expect(entry).toMatchObject({
      name: 'evilU+202Enosj.json',
      status: 'damaged',
      problem: expect.stringContaining('right-to-left override'),
    });
  });
});

describe('byte-order marks', () => {
  it('reads and lists a file that starts with a UTF-8 BOM', async () => {
    writeFileSync(path.join(root, 'scenarios/bom.json'), `\uFEFF${JSON.stringify(scenarioFile('With BOM'))}`);
    expect((await store.read('scenario', 'bom.json')).content.scenario.meta.name).toBe('With BOM');
    expect((await store.list('scenario'))[0]).toMatchObject({ status: 'ok' });
    expect(await store.damaged()).toEqual([]);
  });
});

describe('temp-file sweep', () => {
  it('removes only temp files whose writer is gone', async () => {
    const dir = path.join(root, 'scenarios');
    const temp = (writer: string) => path.join(dir, `.a.json${TEMP_MARKER}${writer}-0badf00d`);
    const mine = temp(`${HOST_TAG}-${process.pid}`);
    const liveOther = temp(`${HOST_TAG}-${process.ppid}`);
    const dead = temp(`${HOST_TAG}-999999`);
    const otherHost = temp(`00000000-${process.ppid}`);
    const otherHostOld = path.join(dir, `.b.json${TEMP_MARKER}00000000-1-0badf00d`);
    const legacy = path.join(dir, `.c.json${TEMP_MARKER}1234-abcd`);
    for (const f of [mine, liveOther, dead, otherHost, otherHostOld, legacy]) writeFileSync(f, 'half');
    const old = (Date.now() - ORPHAN_TEMP_AGE_MS - 60_000) / 1000;
    utimesSync(otherHostOld, old, old);
    expect(await sweepTempFiles(root)).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(
      [path.basename(liveOther), path.basename(otherHost), path.basename(legacy)].sort(),
    );
  });
});

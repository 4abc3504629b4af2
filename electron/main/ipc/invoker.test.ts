import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentKinds } from '../../../shared/workspace/kinds';
import { SettingsService } from '../../services/settings';
import { WorkspaceContext } from '../../services/workspace/context';
import { createHandlerTable } from '../handlers';
import { APP_ORIGIN } from '../protocol/app-assets';
import { isTrustedAppUrl } from '../security-policy';
import { createInvoker, type Invoker } from './invoker';

let invoke: Invoker;
let opened: string[];
const APP = `${APP_ORIGIN}/index.html`;

beforeEach(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmb-ipc-'));
  const ws = new WorkspaceContext(documentKinds, () => undefined, { watch: false });
  await ws.open(path.join(dir, 'ws'));
  opened = [];
  const table = createHandlerTable({
    appVersion: '1.2.3',
    platform: 'linux',
    workspace: ws,
    settings: new SettingsService(path.join(dir, 'settings.json')),
    defaultWorkspaceDir: path.join(dir, 'ws'),
    dialogs: { showSave: async () => null, chooseFolder: async () => null, chooseFile: async () => null },
    shell: {
      openExternal: async (u) => void opened.push(u),
      openPath: async () => undefined,
      showItemInFolder: () => undefined,
    },
  });
  invoke = createInvoker(table, { isTrustedSender: (u) => isTrustedAppUrl(u) });
});

describe('IPC invoker', () => {
  it('answers a valid request from the app window', async () => {
    expect(await invoke('app:get-info', undefined, APP)).toEqual({
      ok: true,
      value: { version: '1.2.3', platform: 'linux', offline: true },
    });
  });

  it.each([null, 'https://evil.example/', 'file:///etc/passwd', 'app://other/index.html'])(
    'refuses a request from %s',
    async (sender) => {
      const res = await invoke('app:get-info', undefined, sender);
      expect(res).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } });
    },
  );

  it('refuses an unknown channel', async () => {
    const res = await invoke('fs:read-anything', { path: '/etc/passwd' }, APP);
    expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses a wrongly typed payload with a message naming the field, and no stack', async () => {
    const res = await invoke('workspace:read-file', { kind: 'scenario', name: 42 }, APP);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('BAD_INPUT');
    expect(res.error.message).toContain('name');
    expect(JSON.stringify(res.error)).not.toMatch(/\bat .*\.ts:\d+/);
    expect(Object.keys(res.error).sort()).toEqual(['code', 'message']);
  });

  it('refuses a traversal path from the renderer', async () => {
    const res = await invoke('workspace:read-file', { kind: 'roadmap', name: '../../etc/passwd.json' }, APP);
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('plain file name') },
    });
  });

  it('hides internal errors behind a generic message', async () => {
    const table = {
      'app:get-info': async () => {
        throw new Error('secret /home/user/path');
      },
    } as never;
    const res = await createInvoker(table, { isTrustedSender: () => true })('app:get-info', undefined, APP);
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.not.stringContaining('secret') } });
  });

  it('validates what it sends back', async () => {
    const table = { 'app:get-info': async () => ({ version: 1 }) } as never;
    const res = await createInvoker(table, { isTrustedSender: () => true })('app:get-info', undefined, APP);
    expect(res).toMatchObject({ ok: false, error: { code: 'BAD_OUTPUT' } });
  });

  it('opens only validated web links in the system browser', async () => {
    expect(await invoke('shell:open-external', { url: 'https://www.dawn.com/news/1890305' }, APP)).toMatchObject({
      ok: true,
    });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@host.com/', 'smb://share/x']) {
      expect(await invoke('shell:open-external', { url }, APP)).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
    }
    expect(opened).toEqual(['https://www.dawn.com/news/1890305']);
  });

  it('changes only the settings a patch names', async () => {
    await invoke('settings:update', { language: 'ur' }, APP);
    expect(await invoke('settings:update', { theme: 'dark' }, APP)).toEqual({
      ok: true,
      value: { language: 'ur', theme: 'dark', pkrGrouping: 'international' },
    });
    expect(await invoke('settings:update', { language: 'fr' }, APP)).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringContaining('language') },
    });
  });

  it('reports a damaged settings file in the workspace problems', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-ipc-'));
    writeFileSync(path.join(dir, 'settings.json'), '{"theme":');
    const ws = new WorkspaceContext(documentKinds, () => undefined, { watch: false });
    await ws.open(path.join(dir, 'ws'));
    const settings = new SettingsService(path.join(dir, 'settings.json'));
    await settings.load();
    const table = createHandlerTable({
      appVersion: '1',
      platform: 'linux',
      workspace: ws,
      settings,
      defaultWorkspaceDir: path.join(dir, 'ws'),
      dialogs: { showSave: async () => null, chooseFolder: async () => null, chooseFile: async () => null },
      shell: {
        openExternal: async () => undefined,
        openPath: async () => undefined,
        showItemInFolder: () => undefined,
      },
    });
    const res = await createInvoker(table, { isTrustedSender: () => true })('workspace:get-info', undefined, APP);
    expect(res).toMatchObject({
      ok: true,
      value: { damaged: [{ file: 'settings.json (app data)', message: expect.stringContaining('not valid JSON') }] },
    });
  });
});

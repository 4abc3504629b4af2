import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsService } from './settings';

const fresh = () => path.join(mkdtempSync(path.join(tmpdir(), 'pmb-settings-')), 'settings.json');

describe('SettingsService', () => {
  it('remembers language, theme, workspace folder and window bounds across restarts', async () => {
    const file = fresh();
    const first = new SettingsService(file);
    await first.update({
      language: 'ur',
      theme: 'dark',
      workspaceDir: '/data/team',
      windowBounds: { x: 10, y: 20, width: 1400, height: 900, maximized: false },
    });
    const second = new SettingsService(file);
    expect(await second.load()).toMatchObject({
      language: 'ur',
      theme: 'dark',
      workspaceDir: '/data/team',
      windowBounds: { width: 1400, height: 900 },
    });
    expect(await second.public()).toEqual({ language: 'ur', theme: 'dark', pkrGrouping: 'international' });
  });

  it('keeps a damaged settings file aside, says why, and starts from defaults', async () => {
    const file = fresh();
    writeFileSync(file, '{"language":"klingon"');
    const s = new SettingsService(file);
    expect(await s.public()).toEqual({ language: 'en', theme: 'system', pkrGrouping: 'international' });
    expect(s.problem).toContain('settings.json is not valid JSON');
    expect(existsSync(file)).toBe(false);
    const aside = readdirSync(path.dirname(file)).find((n) => n.startsWith('settings.json.damaged-'));
    expect(aside && readFileSync(path.join(path.dirname(file), aside), 'utf8')).toBe('{"language":"klingon"');
  });

  it('refuses an invalid value with the field named, and keeps the old one', async () => {
    const s = new SettingsService(fresh());
    await expect(s.update({ language: 'fr' as never })).rejects.toThrow(/language/);
    expect((await s.public()).language).toBe('en');
  });

  it('reads a settings file saved with a UTF-8 byte-order mark, keeping the workspace folder', async () => {
    const file = fresh();
    writeFileSync(file, `\uFEFF${JSON.stringify({ schemaVersion: 1, language: 'ur', workspaceDir: '/data/team' })}`);
    const s = new SettingsService(file);
    expect(await s.load()).toMatchObject({ language: 'ur', workspaceDir: '/data/team' });
    expect(s.problem).toBeNull();
    expect(existsSync(file)).toBe(true);
  });
});

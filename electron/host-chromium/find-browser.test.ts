import { describe, expect, it } from 'vitest';
import { findBrowser } from './find-browser';

const only =
  (...files: string[]) =>
  (f: string) =>
    files.includes(f);

describe('findBrowser', () => {
  it('prefers Chromium on PATH on Linux, then the standard install places, and lists what it tried', () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    const onPath = findBrowser({ platform: 'linux', env, home: '/home/u', isExecutable: only('/usr/bin/chromium') });
    expect(onPath.found).toEqual({ name: 'Chromium', path: '/usr/bin/chromium' });
    expect(onPath.tried[0]).toBe('/usr/local/bin/chromium');
    const chrome = findBrowser({
      platform: 'linux',
      env,
      home: '/home/u',
      isExecutable: only('/opt/google/chrome/chrome'),
    });
    expect(chrome.found).toEqual({ name: 'Google Chrome', path: '/opt/google/chrome/chrome' });
  });

  it('finds Edge in Program Files on Windows and Chrome in /Applications on macOS', () => {
    const win = findBrowser({
      platform: 'win32',
      env: { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', Path: 'C:\\Windows' },
      home: 'C:\\Users\\u',
      isExecutable: only('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'),
    });
    expect(win.found?.name).toBe('Microsoft Edge');
    const mac = findBrowser({
      platform: 'darwin',
      env: {},
      home: '/Users/u',
      isExecutable: only('/Applications/Brave Browser.app/Contents/MacOS/Brave Browser'),
    });
    expect(mac.found?.name).toBe('Brave');
  });

  it('PMB_BROWSER overrides the search (a path, or a command on PATH); if it is not there nothing else is tried', () => {
    const byPath = findBrowser({
      platform: 'linux',
      env: { PMB_BROWSER: '/opt/x/chrome', PATH: '/usr/bin' },
      home: '/h',
      isExecutable: only('/opt/x/chrome', '/usr/bin/chromium'),
    });
    expect(byPath.found?.path).toBe('/opt/x/chrome');
    const byName = findBrowser({
      platform: 'linux',
      env: { PMB_BROWSER: 'vivaldi', PATH: '/a:/usr/bin' },
      home: '/h',
      isExecutable: only('/usr/bin/vivaldi'),
    });
    expect(byName.found?.path).toBe('/usr/bin/vivaldi');
    const missing = findBrowser({
      platform: 'linux',
      env: { PMB_BROWSER: '/nope', PATH: '/usr/bin' },
      home: '/h',
      isExecutable: only('/usr/bin/chromium'),
    });
    expect(missing).toEqual({ found: null, tried: ['/nope'] });
  });

  it('reports every place tried when there is no browser at all', () => {
    const none = findBrowser({ platform: 'linux', env: { PATH: '/usr/bin' }, home: '/h', isExecutable: () => false });
    expect(none.found).toBeNull();
    expect(none.tried).toEqual(
      expect.arrayContaining([
        '/usr/bin/chromium',
        '/usr/bin/google-chrome',
        '/opt/microsoft/msedge/msedge',
        '/opt/brave.com/brave/brave',
      ]),
    );
  });
});

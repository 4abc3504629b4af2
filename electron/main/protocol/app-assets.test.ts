import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAssetPath, serveAppAsset } from './app-assets';

const root = mkdtempSync(path.join(tmpdir(), 'pmb-assets-'));
mkdirSync(path.join(root, 'assets'));
writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
writeFileSync(path.join(root, 'assets/app.js'), 'console.log(1)');
writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'secret');

describe('app:// asset routing', () => {
  it('serves index.html at the root with a strict CSP', async () => {
    const res = await serveAppAsset(root, 'app://briefing/');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toContain('text/html');
    expect(res.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(res.headers['Content-Security-Policy']).not.toContain('unsafe-eval');
  });

  it('serves scripts with a script MIME type', async () => {
    const res = await serveAppAsset(root, 'app://briefing/assets/app.js');
    expect(res.headers['Content-Type']).toContain('text/javascript');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
  ])('refuses the traversal %s', async (p) => {
    const res = await serveAppAsset(root, `app://briefing${p}`);
    expect([403, 404]).toContain(res.status);
    expect(res.body.toString()).not.toContain('secret');
  });

  it('never resolves outside the root', () => {
    expect(resolveAssetPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
  });

  it('answers 404 for a missing file', async () => {
    expect((await serveAppAsset(root, 'app://briefing/nope.js')).status).toBe(404);
  });
});

// The link rule hands the OS the URL it checked, parsed and normalised, never the raw string.
import { describe, expect, it } from 'vitest';
import { externalUrl } from './security-policy';

describe('external links', () => {
  it('gives the parsed, normalised URL of an allowed web page', () => {
    expect(externalUrl('https://WWW.Reuters.com/markets/a b?q=1')).toBe('https://www.reuters.com/markets/a%20b?q=1');
    expect(externalUrl('  http://example.org')).toBe('http://example.org/');
  });

  it('refuses other schemes, credentials, bare hosts and IP addresses', () => {
    for (const raw of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://user:pw@example.org/',
      'https://intranet/',
      'http://127.0.0.1/',
      'not a url',
    ]) {
      expect(externalUrl(raw), raw).toBeNull();
    }
  });
});

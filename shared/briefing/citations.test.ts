import { describe, expect, it } from 'vitest';
import { dataset, sourceById } from '../data';
import { CitationRegistry, formatCitationMarks, hostOf } from './citations';

describe('CitationRegistry', () => {
  it('numbers sources in order of first appearance and reuses a number for a repeat', () => {
    const r = new CitationRegistry(sourceById);
    expect(r.cite(['br-40352446', 'source-article'])).toEqual([1, 2]);
    expect(r.cite(['dunya-877455', 'br-40352446'])).toEqual([3, 1]);
    expect(r.numberOf('source-article')).toBe(2);
    expect(r.size).toBe(3);
    expect(r.entries().map((e) => [e.n, e.id])).toEqual([
      [1, 'br-40352446'],
      [2, 'source-article'],
      [3, 'dunya-877455'],
    ]);
  });

  it('is deterministic: the same citations in the same order give the same numbers', () => {
    const ids = dataset.sources.map((s) => s.id).reverse();
    const a = new CitationRegistry(sourceById);
    const b = new CitationRegistry(sourceById);
    ids.forEach((id) => a.cite([id]));
    ids.forEach((id) => b.cite([id]));
    expect(a.entries()).toEqual(b.entries());
  });

  it('gives appendix entries publication, title, URL, mirror flag, as-of and confidence', () => {
    const r = new CitationRegistry(sourceById);
    r.cite(['nmp-2013-vdocuments', 'source-article', 'no-such-source']);
    const [mirror, article, missing] = r.entries();
    expect(mirror).toMatchObject({
      n: 1,
      publication: 'Government of Pakistan',
      title: 'National Mineral Policy 2013',
      mirror: true,
      asOf: '2013-02',
      confidence: 'A',
    });
    expect(mirror!.url).toMatch(/^https:\/\/vdocuments\.mx\//);
    expect(article).toMatchObject({ n: 2, url: null, mirror: false, confidence: 'B' });
    expect(missing).toMatchObject({ n: 3, title: 'Source not found in the loaded data', confidence: null });
  });

  it('tells subscribers only when a new source is numbered (so the appendix can refresh)', () => {
    const r = new CitationRegistry(sourceById);
    let calls = 0;
    const off = r.subscribe(() => calls++);
    r.cite(['source-article']);
    r.cite(['source-article']);
    r.cite(['factsheet']);
    off();
    r.cite(['dunya-877455']);
    expect(calls).toBe(2);
  });
});

describe('formatCitationMarks', () => {
  it('collapses runs and sorts', () => {
    expect(formatCitationMarks([])).toBe('');
    expect(formatCitationMarks([4])).toBe('[4]');
    expect(formatCitationMarks([3, 1])).toBe('[1, 3]');
    expect(formatCitationMarks([1, 2])).toBe('[1, 2]');
    expect(formatCitationMarks([5, 2, 3, 4, 7, 7])).toBe('[2–5, 7]');
  });
  it('finds the host of a mirror URL', () => {
    expect(hostOf('https://vdocuments.mx/x.html')).toBe('vdocuments.mx');
  });
});

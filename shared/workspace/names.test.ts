import { describe, expect, it } from 'vitest';
import { cleanFileStem, copyName, copyNumber, fileNameProblem, slugify, toFileName } from './names';

describe('fileNameProblem', () => {
  it.each([
    'roadmap.json',
    'Reko Diq base.json',
    'معدنیات.json',
    'a (2).json',
    'x.y.json',
    'COMPANY.json',
    'console.json',
  ])('accepts %s', (name) => expect(fileNameProblem(name)).toBeNull());

  it.each([
    ['CON.json', /device name Windows reserves/],
    ['nul.json', /device name Windows reserves/],
    ['COM1.json', /device name Windows reserves/],
    ['lpt9.json', /device name Windows reserves/],
    ['aux.backup.json', /device name Windows reserves/],
    ['x.json:alt.json', /alternate stream/],
    ['a\nb.json', /control characters/],
    ['a\tb.json', /control characters/],
    ['a\u0000b.json', /control characters/],
    ['evil\u202Enosj.json', /right-to-left override/],
    ['x\u2066y.json', /right-to-left override/],
    ['a/b.json', /not a path/],
    ['a\\b.json', /not a path/],
    ['..', /not a path/],
    ['.hidden.json', /start with a dot/],
    [' lead.json', /start or end with a space/],
    ['a?.json', /< > " \| \? \*/],
    ['a.txt', /must end in \.json/],
    ['.json', /start with a dot/],
    ['trail..json', /end in a dot or space/],
    ['trail .json', /end in a dot or space/],
    [`${'x'.repeat(116)}.json`, /at most 120 characters/],
  ])('refuses %j', (name, message) => expect(fileNameProblem(name)).toMatch(message));

  it('accepts the longest allowed name and checks another extension when asked', () => {
    expect(fileNameProblem(`${'x'.repeat(115)}.json`)).toBeNull();
    expect(fileNameProblem('share.pmbscenario', '.pmbscenario')).toBeNull();
    expect(fileNameProblem('share.json', '.pmbscenario')).toMatch(/must end in \.pmbscenario/);
  });
});

describe('cleanFileStem / toFileName', () => {
  it('keeps letters of any script and replaces what a file system refuses', () => {
    expect(toFileName('Reko Diq: base / 2026?', 'scenario')).toBe('Reko Diq- base - 2026.json');
    expect(toFileName('معدنیات کا منظر', 'scenario')).toBe('معدنیات کا منظر.json');
    expect(toFileName('line\nbreak\u202Eevil', 'scenario')).toBe('line-break-evil.json');
  });

  it('never produces a name the rules refuse', () => {
    for (const text of ['CON', 'nul', '...', '  ', '.hidden', 'a:b', 'com1', 'x.json', '-', 'trail. ']) {
      const name = toFileName(text, 'scenario');
      expect(fileNameProblem(name), `${JSON.stringify(text)} -> ${name}`).toBeNull();
    }
    expect(toFileName('CON', 'scenario')).toBe('CON-file.json');
    expect(toFileName('...', 'scenario')).toBe('scenario.json');
    expect(toFileName('Base.JSON', 'scenario')).toBe('Base.json');
  });

  it('limits the stem length', () => {
    expect(cleanFileStem('a'.repeat(300), 'x')).toHaveLength(100);
    expect(cleanFileStem('abcdef', 'x', 3)).toBe('abc');
  });
});

describe('slugify', () => {
  it('folds accents and falls back for other scripts', () => {
    expect(slugify('Énergie  & Mines', 'briefing')).toBe('energie-mines');
    expect(slugify('معدنیات', 'briefing')).toBe('briefing');
    expect(slugify('a'.repeat(80), 'x', 10)).toBe('aaaaaaaaaa');
  });
});

describe('copyName', () => {
  it('numbers copies from 2, skipping taken names, from the same base', () => {
    expect(copyName('pack.json', new Set())).toBe('pack (2).json');
    expect(copyName('pack.json', new Set(['pack (2).json']))).toBe('pack (3).json');
    expect(copyName('pack (2).json', new Set(['pack (2).json']))).toBe('pack (3).json');
    expect(copyName('deck.pmbscenario', new Set(), '.pmbscenario')).toBe('deck (2).pmbscenario');
    expect(copyNumber('pack (3).json')).toBe(3);
    expect(copyNumber('pack.json')).toBeNull();
  });
});

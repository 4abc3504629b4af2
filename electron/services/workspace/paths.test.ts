// Names from the renderer are untrusted: each one resolves directly inside its kind's folder or is refused, and a
// name quoted in a message shows hidden characters as code points (never acting on them) and is cut to length.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printable, resolveInside } from './paths';

const root = path.resolve('/ws');

describe('resolveInside', () => {
  it('resolves a plain name directly inside the kind’s folder', () => {
    expect(resolveInside(root, 'scenarios', 'Reko Diq base.json')).toBe(
      path.join(root, 'scenarios', 'Reko Diq base.json'),
    );
  });

  it.each(['.', '..', 'a\0.json', 'x/../../etc/passwd.json', 'a\\b.json'])(
    'refuses %j as a path, not as a file name',
    (name) => {
      expect(() => resolveInside(root, 'scenarios', name)).toThrow(
        expect.objectContaining({
          code: 'OUTSIDE_WORKSPACE',
          message: `"${printable(name)}" is not a plain file name; paths outside the workspace are refused.`,
        }),
      );
    },
  );

  it('refuses a bad file name with the rule it breaks, naming it with hidden characters shown', () => {
    expect(() => resolveInside(root, 'scenarios', 'a\tb.json')).toThrow(
      expect.objectContaining({
        code: 'BAD_INPUT',
        message:
          '"aU+0009b.json" cannot be used as a file name: must not contain control characters (line breaks, tabs).',
        details: { file: 'aU+0009b.json' },
      }),
    );
    expect(() => resolveInside(root, 'scenarios', 'notes.txt')).toThrow('must end in .json');
  });
});

describe('printable', () => {
  it('shows control and bidi characters as code points and keeps every other character', () => {
    expect(printable('a\u0000\u001f\u007f\u009f\u061c\u200e\u200f\u202a\u202e\u2066\u2069z')).toBe(
      'aU+0000U+001FU+007FU+009FU+061CU+200EU+200FU+202AU+202EU+2066U+2069z',
    );
    expect(printable('Thar coal – کوئلہ (2).json')).toBe('Thar coal – کوئلہ (2).json');
  });

  it('cuts a long name to 140 characters', () => {
    expect(printable('x'.repeat(300))).toBe('x'.repeat(140));
  });
});

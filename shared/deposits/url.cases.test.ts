// Why: a shared link's comparison list names deposits by id ("reko-diq,saindak"); a hand-edited or damaged list must
// keep every real id whole and drop anything that is not one, so the comparison opens with the deposits it named.
import { describe, expect, it } from 'vitest';
import { parseCompare } from './url';

const cmp = (value: string) => parseCompare(new URLSearchParams([['cmp', value]]));

describe('comparison list in a link', () => {
  it('reads whole multi-character ids in order', () => {
    expect(cmp('reko-diq,saindak,chitral-antimony')).toEqual(['reko-diq', 'saindak', 'chitral-antimony']);
  });

  it('drops ids with a character outside a-z, 0-9 and "-", wherever it is', () => {
    expect(cmp('Reko-diq,reko-diq!,re ko,saindak')).toEqual(['saindak']);
    expect(cmp('x'.repeat(3) + '.' + 'y')).toEqual([]);
  });

  it('gives an empty list for no parameter or an empty one', () => {
    expect(parseCompare(new URLSearchParams())).toEqual([]);
    expect(cmp('')).toEqual([]);
  });
});

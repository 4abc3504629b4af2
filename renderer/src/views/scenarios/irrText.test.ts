// The IRR notes a reader sees in the scenario report and the exports, in English and Urdu, from the engine's codes.
import { afterEach, describe, expect, it } from 'vitest';
import { irrDetail, type IrrNote } from '../../../../shared/finance';
import { formatPercent, stripBidi } from '../../../../shared/format';
import { i18n } from '../../i18n';
import { irrCautionText, irrNoteText } from './irrText';

afterEach(async () => {
  await i18n.changeLanguage('en');
});
const t = (k: string, o?: Record<string, string | number>) => i18n.t(k, { ns: 'scenarios', ...o });
/** The formatter's minus sign (the sentences below write it as −). */
const MINUS = formatPercent(-1, 'en-GB').charAt(0);
const note = (flows: number[]): IrrNote => irrDetail(flows).note!;

/** One case per note code: the flows that give it and the English sentence a reader gets. */
const CASES: [IrrNote['code'], number[], string][] = [
  ['nonFinite', [-10, 5, Number.NaN], 'Cash flows contain a non-finite value: IRR is undefined.'],
  ['allZero', [0, 0], 'All cash flows are zero: IRR is undefined.'],
  [
    'allNegative',
    [-100, -5],
    'Cash flows never change sign (all negative or zero, so the project never pays back): IRR is undefined.',
  ],
  [
    'allPositive',
    [0, 10, 5],
    'Cash flows never change sign (all positive or zero, no investment to earn a return on): IRR is undefined.',
  ],
  [
    'borrowing',
    [100, -110],
    'Cash flows start positive and turn negative (no up-front investment): NPV is zero at 10.0%, a borrowing rate, ' +
      'not a return, so no IRR is quoted. Judge the project on NPV.',
  ],
  [
    'noCrossing',
    [1, -2.2, 1.21],
    'NPV is zero at 10.0% but never turns from positive to negative as the rate rises, so no IRR is quoted. ' +
      'Judge the project on NPV.',
  ],
  ['belowWindowOnly', [-100, 0.5], 'NPV is zero only at −99.5%, below the −99.0% window: IRR is undefined.'],
  [
    'neverZero',
    [-100, 100, -100],
    'Cash flows change sign 2 times but NPV is never zero at any rate above -100%: IRR is undefined.',
  ],
  [
    'multiple',
    [-1, 2.35, -1.365],
    'Cash flows change sign 2 times (for example closure costs after the last revenue year); NPV is zero at 5.0% ' +
      'and 30.0%. The IRR shown, 30.0%, is the rate where NPV turns from positive to negative as the rate rises. ' +
      'Judge the project on NPV.',
  ],
  [
    'outsideWindow',
    [-1, 1.205, -0.006],
    'NPV is also zero at −99.5%, below the −99.0% window: arithmetic of the last flows, not a return.',
  ],
];

describe('IRR note wording', () => {
  it.each(CASES)('words %s in English, rates in the one format', (code, flows, sentence) => {
    expect(note(flows).code).toBe(code);
    expect(irrNoteText(t, note(flows))).toBe(sentence.replaceAll('−', MINUS));
  });

  it.each(CASES)(
    'words %s in Urdu: no key and no English sentence, every rate as the Urdu formatter writes it',
    async (_, flows) => {
      await i18n.changeLanguage('ur');
      const n = note(flows);
      const text = stripBidi(irrNoteText(t, n));
      expect(text).not.toMatch(/irrNote\.|[A-Za-z]{6,}/);
      for (const r of [...n.rates, ...n.outside]) expect(text).toContain(formatPercent(r * 100, 'ur-PK'));
      if (n.value !== undefined) expect(text).toContain(formatPercent(n.value * 100, 'ur-PK'));
    },
  );

  it('a quoted IRR with a root below the window and a multiple-root caution both name the outside rate', () => {
    // roots -99.5%, 10%, 20%: the caution and the outside clause, in that order
    const n: IrrNote = { code: 'multiple', rates: [0.1, 0.2], outside: [-0.995], changes: 3, value: 0.2 };
    expect(irrNoteText(t, n)).toMatch(/^Cash flows change sign 3 times .* Judge the project on NPV\. NPV is also zero/);
  });

  it('labels a caution with the metric it belongs to, in the reader language', async () => {
    const c = { metric: 'preTax' as const, note: note([-1, 1.205, -0.006]) };
    expect(irrCautionText(t, c)).toMatch(/^Project IRR \(pre-tax\): NPV is also zero at /);
    await i18n.changeLanguage('ur');
    expect(stripBidi(irrCautionText(t, c))).toMatch(/^منصوبے کا IRR \(قبل از ٹیکس\): NPV /);
  });
});

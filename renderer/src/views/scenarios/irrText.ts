// Why: the engine states why no IRR is quoted (or a caution beside it) as a code and its rates; the words a reader
// sees in the report, the print and the exports are written here, once, in the reader's language, with every rate
// formatted by the one formatter.
import { IRR_SCAN_MIN, type IrrNote } from '../../../../shared/finance';
import type { IrrMetric } from '../../../../shared/scenario';
import { fmtNumber, fmtRatioPct } from '../../i18n/format';

type T = (k: string, o?: Record<string, string | number>) => string;

/** The note's sentence: "NPV is zero at 10.0% and 20.0% but never turns …" in the reader's language. */
export function irrNoteText(t: T, n: IrrNote): string {
  const list = (rs: readonly number[]) => rs.map((r) => fmtRatioPct(r)).join(t('irrNote.and'));
  const min = fmtRatioPct(IRR_SCAN_MIN);
  const outside = n.outside.length ? t('irrNote.outside', { rates: list(n.outside), min }) : '';
  const main =
    n.code === 'outsideWindow'
      ? ''
      : t(`irrNote.${n.code}`, {
          rate: fmtRatioPct(n.rates[0]),
          rates: list(n.rates),
          min,
          changes: fmtNumber(n.changes),
          value: fmtRatioPct(n.value),
        });
  return [main, outside].filter(Boolean).join(' ');
}

const METRIC_LABEL: Record<IrrMetric, string> = {
  preTax: 'metrics.irrPre',
  afterTax: 'metrics.irrAfter',
  equity: 'metrics.irrEquity',
};

/** A note as a warning line: "Project IRR (pre-tax): NPV is also zero at …". */
export function irrCautionText(t: T, c: { metric: IrrMetric; note: IrrNote }): string {
  return t('irrNote.labelled', { metric: t(METRIC_LABEL[c.metric]), note: irrNoteText(t, c.note) });
}

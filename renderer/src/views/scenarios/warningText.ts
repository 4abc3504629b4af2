// Why: the engine's scenario cautions arrive as codes and values; the words a reader sees beside the results are
// written here, once, in the reader's language, with every number formatted by the one formatter.
import type { ScenarioWarning } from '../../../../shared/scenario';
import { fmtPct, fmtQuantity } from '../../i18n/format';

type T = (k: string, o?: Record<string, string | number>) => string;

/** A scenario caution in the reader's words: "No cost of equity is stated: …". */
export function warningText(t: T, w: ScenarioWarning): string {
  switch (w.code) {
    case 'carryExceedsEquity':
      return t('warning.carryExceedsEquity', { carried: fmtPct(w.carriedPct, 0), state: fmtPct(w.statePct, 0) });
    case 'noBreakevenPositive':
      return t('warning.noBreakevenPositive', { product: w.product });
    case 'noBreakevenNegative':
      return t('warning.noBreakevenNegative', { product: w.product, times: fmtQuantity(w.maxMultiplier, '×') });
    default:
      return t(`warning.${w.code}`);
  }
}

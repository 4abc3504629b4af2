// Why: the dataset stores codes and English words ("Sb", "battery-critical", "Balochistan"); a language may
// translate minerals, groups, stages and provinces by id in locales/<lang>/data.json. English falls back to the
// shared labels, so exports, tests and the English UI read exactly as before.
import { useTranslation } from 'react-i18next';
import { GROUP_LABEL, mineralName, STAGE_LABEL } from '../../../../shared/deposits/labels';
import { fmtDate, fmtNumber, fmtQuantity } from '../../i18n/format';
import type { MineralGroup, Stage } from '../../../../shared/model/dataset';
import type { Figure } from '../../../../shared/model/sourced';
import { formatValue, i18n } from '../../i18n';

export interface DepositLabels {
  mineral(code: string): string;
  minerals(codes: readonly string[]): string;
  group(g: MineralGroup): string;
  stage(s: Stage): string;
  province(p: string): string;
  /** A dataset figure label, translated by figure id where a language has one. */
  figure(id: string, fallback: string): string;
  num(n: number): string;
  /** A number with its unit, placed the one way ("USD 1,922/t", "45 Mtpa"). */
  quantity(n: number, unit: string): string;
  date(iso: string): string;
  value(f: Pick<Figure, 'value' | 'unit' | 'unverified'>): string;
  list(items: readonly string[]): string;
}

/** Labels in the current language, for code outside React (the imperative marker layer). */
export function depositLabels(): DepositLabels {
  const t = i18n.getFixedT(null, 'data');
  const tv = i18n.getFixedT(null, 'deposits');
  const tc = i18n.getFixedT(null, 'common');
  const tr = (key: string, fallback: string): string => t(key.replace(/\./g, '~'), { defaultValue: fallback });
  const mineral = (code: string) => {
    const english = mineralName(code);
    const word = tr(`mineral.${code}`, '');
    if (!word) return english;
    // "Marble" is its own code; "Antimony (Sb)" keeps the element symbol after the translated name.
    return english.endsWith(`(${code})`) ? `${word} (${code})` : word;
  };
  const sep = tv('listSeparator');
  return {
    mineral,
    minerals: (codes) => codes.map(mineral).join(sep),
    group: (g) => tr(`group.${g}`, GROUP_LABEL[g]),
    stage: (s) => tr(`stage.${s}`, STAGE_LABEL[s]),
    province: (p) => tr(`province.${p}`, p),
    figure: (id, fallback) => tr(id, fallback),
    num: (n) => fmtNumber(n, {}),
    quantity: (n, unit) => fmtQuantity(n, unit),
    date: (iso) => fmtDate(iso),
    value: (f) => (f.unverified || f.value === null ? tc('provenance.unverified') : formatValue(f)),
    list: (items) => items.join(sep),
  };
}

/** The same labels in a component, which re-renders when the language changes. */
export function useDepositLabels(): DepositLabels {
  useTranslation('deposits'); // subscribes, so a language change re-renders with the new labels
  return depositLabels();
}

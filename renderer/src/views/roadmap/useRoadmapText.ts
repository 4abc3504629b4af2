// Why: the roadmap's shared helpers (shared/roadmap) word warnings, field errors and changes in English for the
// exports and tests; on screen the same facts are worded from locales/<lang>/roadmap.json, computed from the same
// state, so a language change re-words everything and English reads exactly as before.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatAsOf } from '../../../../shared/format/figures';
import { articleRange, PHASE_IDS, phaseById, type RoadmapPhaseId } from '../../../../shared/roadmap/defaults';
import { MAX_YEARS, MIN_DURATION } from '../../../../shared/roadmap/edit';
import { phaseYears } from '../../../../shared/roadmap/link';
import type { FieldResult, PhaseWarning } from '../../../../shared/roadmap/ranges';
import { yearToDate } from '../../../../shared/roadmap/time';
import { describeRoadmapChange, type ChangeWording } from '../../../../shared/roadmap/describe';
import type { RoadmapState } from '../../../../shared/roadmap/state';
import { currentLocale } from '../../i18n';

const fmt = (n: number) => String(Number(n.toFixed(2)));
const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface RoadmapText {
  t: TFunction<'roadmap'>;
  rtl: boolean;
  /** Phase name from the data namespace, falling back to the dataset's English. */
  phaseName(id: RoadmapPhaseId): string;
  /** A challenge category's name (risk gate), by id. */
  categoryName(id: string, fallback: string): string;
  /** "Oct 2028" (fractional year to month). */
  yearMonth(year: number): string;
  /** "26 Nov 2026". */
  day(d: Date): string;
  date(isoDate: string): string;
  /** "2.5 years", "1 year". */
  years(n: number): string;
  /** "one year", "half a year", "2.5 years". */
  yearsWords(n: number): string;
  warning(w: PhaseWarning, state: RoadmapState): string;
  fieldError(r: FieldResult, what: 'start' | 'duration', state: RoadmapState, id: RoadmapPhaseId): FieldResult;
  describeChange(base: RoadmapState, edited: RoadmapState): string;
}

export function useRoadmapText(): RoadmapText {
  const { t, i18n } = useTranslation('roadmap');
  const { t: td } = useTranslation('data');
  const locale = currentLocale();
  const rtl = i18n.dir() === 'rtl';

  const phaseName = (id: RoadmapPhaseId) => td(`phase~${id}`, { defaultValue: phaseById(id).name });
  const date = (isoDate: string) => formatAsOf(isoDate, locale);
  const yearMonth = (year: number) => date(iso(yearToDate(year)).slice(0, 7));
  const day = (d: Date) => date(iso(d));
  const years = (n: number) => t('years', { count: Number(n.toFixed(2)) });
  const yearsWords = (n: number) => {
    const a = Math.abs(n);
    const words: Record<string, string> = { '0.25': 'quarter', '0.5': 'half', '0.75': 'threeQuarters', '1': 'one' };
    const w = words[String(Math.round(a * 100) / 100)];
    return w ? t(`yearsWords.${w}`) : t('years', { count: Number(a.toFixed(2)) });
  };

  const warning = (w: PhaseWarning, state: RoadmapState): string => {
    const p = state.phases.find((x) => x.id === w.phaseId);
    const r = articleRange(w.phaseId);
    if (!p) return w.message;
    if (w.kind === 'duration-range')
      return t('warning.durationRange', { min: r.minYears, max: r.maxYears, here: fmt(p.durationYears) });
    if (w.kind === 'impact-start') return t('warning.impactStart', { min: r.minYears, here: fmt(p.startOffsetYears) });
    const prevId = PHASE_IDS[PHASE_IDS.indexOf(w.phaseId) - 1];
    if (!prevId) return w.message;
    const py = phaseYears(state);
    const gap = py[w.phaseId].start - py[prevId].end;
    return t(w.kind === 'overlap' ? 'warning.overlap' : 'warning.gap', {
      prev: phaseName(prevId),
      amount: yearsWords(gap),
    });
  };

  const fieldError = (
    r: FieldResult,
    what: 'start' | 'duration',
    state: RoadmapState,
    id: RoadmapPhaseId,
  ): FieldResult => {
    if (r.ok) return r;
    const m = r.message;
    const prevId = PHASE_IDS[PHASE_IDS.indexOf(id) - 1];
    const prev = prevId ? state.phases.find((p) => p.id === prevId) : undefined;
    let message = m;
    if (/^Enter /.test(m)) message = t(`fieldError.${what}.enter`);
    else if (/must be a number/.test(m)) message = t(`fieldError.${what}.notNumber`);
    else if (/cannot be negative/.test(m)) message = t(`fieldError.${what}.negative`);
    else if (/before the anchor date/.test(m)) message = t('fieldError.beforeAnchor');
    else if (/^A phase lasts at least/.test(m)) message = t('fieldError.atLeast', { min: MIN_DURATION });
    else if (/^At most/.test(m)) message = t('fieldError.atMost', { max: MAX_YEARS });
    else if (/^Cannot start before/.test(m) && prevId && prev)
      message = t('fieldError.beforePrev', { prev: phaseName(prevId), years: fmt(prev.startOffsetYears) });
    else if (m === 'Invalid value') message = t('fieldError.invalid');
    return { ok: false, message };
  };

  /** The shared analysis of what changed, worded in the current language. */
  const wording: ChangeWording = {
    anchor: (date) => t('change.anchor', { date }),
    phase: (index) => t('change.phase', { index }),
    shift: (d) => t(d > 0 ? 'change.later' : 'change.earlier', { amount: yearsWords(d) }),
    resize: (d) => t(d > 0 ? 'change.longer' : 'change.shorter', { amount: yearsWords(d) }),
    item: (phase, bits) => t('change.item', { phase, bits: bits.join(t('change.and')) }),
    follows: (who, all) =>
      t('change.follows', { count: who.length, who: all ? t('change.allPhases') : who.join(t('change.whoSeparator')) }),
    join: (parts) => parts.join(t('change.separator')),
    same: t('change.same'),
  };
  const describeChange = (base: RoadmapState, edited: RoadmapState): string =>
    describeRoadmapChange(base, edited, wording, day);

  return {
    t,
    rtl,
    phaseName,
    categoryName: (id, fallback) => td(`challenge~${id}`, { defaultValue: fallback }),
    yearMonth,
    day,
    date,
    years,
    yearsWords,
    warning,
    fieldError,
    describeChange,
  };
}

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
import { dateToYear, yearToDate } from '../../../../shared/roadmap/time';
import type { RoadmapState } from '../../../../shared/workspace/state-files';
import { currentLocale } from '../../i18n';

const EPS = 1e-6;
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
    if (w.kind === 'duration-range') return t('warning.durationRange', { min: r.minYears, max: r.maxYears, here: fmt(p.durationYears) });
    if (w.kind === 'impact-start') return t('warning.impactStart', { min: r.minYears, here: fmt(p.startOffsetYears) });
    const prevId = PHASE_IDS[PHASE_IDS.indexOf(w.phaseId) - 1];
    if (!prevId) return w.message;
    const py = phaseYears(state);
    const gap = py[w.phaseId].start - py[prevId].end;
    return t(w.kind === 'overlap' ? 'warning.overlap' : 'warning.gap', { prev: phaseName(prevId), amount: yearsWords(gap) });
  };

  const fieldError = (r: FieldResult, what: 'start' | 'duration', state: RoadmapState, id: RoadmapPhaseId): FieldResult => {
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
    else if (/^Cannot start before/.test(m) && prevId && prev) message = t('fieldError.beforePrev', { prev: phaseName(prevId), years: fmt(prev.startOffsetYears) });
    else if (m === 'Invalid value') message = t('fieldError.invalid');
    return { ok: false, message };
  };

  /** Mirrors shared/roadmap/describe.ts describeRoadmapChange, worded in the current language. */
  const describeChange = (base: RoadmapState, edited: RoadmapState): string => {
    const b = phaseYears(base);
    const e = phaseYears(edited);
    const parts: string[] = [];
    const anchorShift = dateToYear(edited.anchorDate) - dateToYear(base.anchorDate);
    let carried = anchorShift;
    let follows: string[] = [];
    const flush = () => {
      const who = follows.length === PHASE_IDS.length ? t('change.allPhases') : follows.join(t('change.whoSeparator'));
      if (follows.length && parts.length) parts[parts.length - 1] += ` (${t('change.follows', { count: follows.length, who })})`;
      follows = [];
    };
    if (Math.abs(anchorShift) > EPS) parts.push(t('change.anchor', { date: day(yearToDate(dateToYear(edited.anchorDate))) }));
    for (const id of PHASE_IDS) {
      const label = t('change.phase', { index: phaseById(id).index });
      const dStart = e[id].start - b[id].start;
      const dDur = e[id].end - e[id].start - (b[id].end - b[id].start);
      const ownShift = Math.abs(dStart - carried) > EPS;
      if (!ownShift && Math.abs(dDur) < EPS) {
        if (Math.abs(dStart) > EPS) follows.push(label);
      } else {
        flush();
        const bits: string[] = [];
        if (ownShift) bits.push(t(dStart > 0 ? 'change.later' : 'change.earlier', { amount: yearsWords(dStart) }));
        if (Math.abs(dDur) > EPS) bits.push(t(dDur > 0 ? 'change.longer' : 'change.shorter', { amount: yearsWords(dDur) }));
        parts.push(t('change.item', { phase: label, bits: bits.join(t('change.and')) }));
      }
      carried = dStart + dDur;
    }
    flush();
    return parts.length ? parts.join(t('change.separator')) : t('change.same');
  };

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

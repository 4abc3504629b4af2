// Why: every UI string lives in a translation file, one folder per language and one file per view
// (namespace), so adding Chinese or Arabic is a matter of adding a folder of JSON files. Direction (RTL)
// and number/date formats follow the language.
import i18next, { type FormatterModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isolate } from '../../../shared/format/bidi';
import { formatFigureValue, type PkrGrouping } from '../../../shared/format/figures';
import type { Figure } from '../../../shared/model/sourced';

export const LANGUAGES = {
  en: { label: 'English', nativeLabel: 'English', dir: 'ltr', locale: 'en-GB' },
  ur: { label: 'Urdu', nativeLabel: 'اردو', dir: 'rtl', locale: 'ur-PK' },
} as const;
export type Language = keyof typeof LANGUAGES;

// Vite bundles every locales/<lang>/<namespace>.json found here; a new language needs no code change.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

export const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, mod] of Object.entries(files)) {
  const [, lang, ns] = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(file) ?? [];
  if (!lang || !ns) continue;
  (resources[lang] ??= {})[ns] = mod.default;
}

export const i18n: I18n = i18next.createInstance();

/** The app names no i18next formats ("{{x, number}}"): numbers arrive formatted by shared/format. */
const isolatingFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  format: (value: unknown, _format: string | undefined, lng: string | undefined) => isolateFor(value, lng) as string,
  add: () => undefined,
  addCached: () => undefined,
};
void i18n
  .use(initReactI18next)
  .use(isolatingFormatter)
  .init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(resources.en ?? {}),
    // In a right-to-left language every value set into a sentence (a number, a unit, a date, a Latin name) is an
    // isolated direction run, so "USD 18,317 m" or "Dawn, 27 Feb 2026" keeps its own order inside Urdu text.
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
    initAsync: false,
  });

function isolateFor(value: unknown, lng: string | undefined): unknown {
  const lang = (lng && lng in LANGUAGES ? lng : 'en') as Language;
  if (LANGUAGES[lang].dir !== 'rtl' || (typeof value !== 'string' && typeof value !== 'number')) return value;
  return isolate(String(value));
}

export function applyLanguage(lang: Language): void {
  void i18n.changeLanguage(lang);
  const root = document.documentElement;
  root.lang = lang;
  root.dir = LANGUAGES[lang].dir;
}

export function currentLocale(): string {
  const lang = (i18n.language in LANGUAGES ? i18n.language : 'en') as Language;
  return LANGUAGES[lang].locale;
}

let pkrGrouping: PkrGrouping = 'international';

/** Set from the user's settings; rupee figures then read in lakh and crore. */
export function setPkrGrouping(g: PkrGrouping): void {
  pkrGrouping = g;
}

/** A word unit in the reader's language ("years" → "سال"), from common.json `unit.<unit>`; others unchanged. */
export function unitName(unit: string, count = 2): string {
  return i18n.t(`unit.${unit.replace(/\./g, '~')}`, { ns: 'common', count, defaultValue: unit });
}

/** A figure's value in the reader's locale and chosen rupee grouping. */
export function formatValue(f: Pick<Figure, 'value' | 'unit' | 'unverified'>): string {
  return formatFigureValue(f, currentLocale(), pkrGrouping, unitName);
}

// Why: every screen, PDF page, slide and export names the data edition it shows, worded the same way
// everywhere. Main builds the PDF footer and the spreadsheet notes without i18next, so the words for both
// languages live here, beside the one function that writes the label.
import type { EditionMeta } from '../model/edition';
import { formatDate } from '../format/date';

export type EditionLabelLanguage = 'en' | 'ur';

const WORDS: Record<EditionLabelLanguage, (id: string, asOf: string) => string> = {
  en: (id, asOf) => `Data edition ${id}, figures as of ${asOf}`,
  ur: (id, asOf) => `ڈیٹا ایڈیشن ${id}، اعداد و شمار بمطابق ${asOf}`,
};

const LOCALE: Record<EditionLabelLanguage, string> = { en: 'en-GB', ur: 'ur-PK' };

/** "Data edition 2026-06, figures as of 24 Jun 2026". The id is an identifier and stays in Latin digits. */
export function editionLabel(meta: Pick<EditionMeta, 'id' | 'asOf'>, language: string = 'en'): string {
  const lang: EditionLabelLanguage = language === 'ur' ? 'ur' : 'en';
  return WORDS[lang](meta.id, formatDate(meta.asOf, LOCALE[lang]));
}

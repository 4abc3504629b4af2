// Why: the words of the PDF's running footer ("Page X of Y"), in both languages, next to the spec that
// selects the language. The footer is CSS generated content (print/pageFrame.ts), outside i18next's reach.
import type { BriefingSpec } from './spec';

export interface PageLabels {
  page: string;
  of: string;
  dir: 'ltr' | 'rtl';
}

export const PAGE_LABELS: Record<BriefingSpec['language'], PageLabels> = {
  en: { page: 'Page', of: 'of', dir: 'ltr' },
  ur: { page: 'صفحہ', of: 'از', dir: 'rtl' },
};

export function pageLabelsFor(spec: Pick<BriefingSpec, 'language'>): PageLabels {
  return PAGE_LABELS[spec.language];
}

// Why: the PDF page header and footer are built by the main process (Chromium's print templates), where
// i18next does not run. These few words are the only UI strings main needs, so they live here, in both
// languages, next to the spec that selects the language.
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

// Why: the save dialog suggests a name a person can recognise in a folder listing months later (title and
// date), and the same rule names spec files, so a briefing's spec and its PDF sort side by side.
import { slugify } from '../workspace/names';
import type { BriefingSpec } from './spec';

export function suggestedPdfName(spec: Pick<BriefingSpec, 'title' | 'date'>): string {
  return `${slugify(spec.title, 'briefing')}-${spec.date}.pdf`;
}

export function suggestedSpecName(spec: Pick<BriefingSpec, 'title'>): string {
  return `${slugify(spec.title, 'briefing')}.json`;
}

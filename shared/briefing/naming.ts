// Why: the save dialog suggests a name a person can recognise in a folder listing months later (title and
// date), and the same rule names spec files, so a briefing's spec and its PDF sort side by side.
import type { BriefingSpec } from './spec';

/** Letters, digits and dashes only; accents folded; other scripts (e.g. Urdu) fall back to "briefing". */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || 'briefing';
}

export function suggestedPdfName(spec: Pick<BriefingSpec, 'title' | 'date'>): string {
  return `${slugify(spec.title)}-${spec.date}.pdf`;
}

export function suggestedSpecName(spec: Pick<BriefingSpec, 'title'>): string {
  return `${slugify(spec.title)}.json`;
}

/** "name.json" → "name-copy.json", "name-copy-2.json"… avoiding names already taken. */
export function duplicateName(name: string, taken: ReadonlySet<string>): string {
  const base = name.replace(/\.json$/, '').replace(/-copy(-\d+)?$/, '');
  for (let i = 1; ; i++) {
    const candidate = `${base}-copy${i === 1 ? '' : `-${i}`}.json`;
    if (!taken.has(candidate)) return candidate;
  }
}

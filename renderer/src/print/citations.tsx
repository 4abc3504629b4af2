// Why: in print, provenance becomes a numbered reference into the sources appendix. The print document
// provides a CitationRegistry through this context; the shared trust components (Sourced.tsx) read it, so
// every figure drawn by any view's component is numbered without that view knowing about print.
import { createContext, useContext } from 'react';
import { formatCitationMarks, type CitationRegistry } from '../../../shared/briefing/citations';
import { Bidi } from '../components/Bidi';

export const CitationContext = createContext<CitationRegistry | null>(null);

/** null outside a print document: components then render their normal on-screen provenance. */
export function useCitationRegistry(): CitationRegistry | null {
  return useContext(CitationContext);
}

/** "[3]" or "[1, 4–6]" for these sources, numbered on first appearance. */
export function CitationMark({ registry, ids }: { registry: CitationRegistry; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  // "[1, 4–6]" reads left to right in an Urdu page too (unisolated, it printed as "[6–4 ,1]").
  return (
    <Bidi dir="ltr" className="cite" testId="citation">
      {formatCitationMarks(registry.cite(ids))}
    </Bidi>
  );
}

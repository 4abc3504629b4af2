// Why: in print, provenance becomes a numbered reference into the sources appendix. The print document
// provides a CitationRegistry through this context; the shared trust components (Sourced.tsx) read it, so
// every figure drawn by any view's component is numbered without that view knowing about print.
import { createContext, useContext } from 'react';
import { formatCitationMarks, type CitationRegistry } from '../../../shared/briefing/citations';

export const CitationContext = createContext<CitationRegistry | null>(null);

/** null outside a print document: components then render their normal on-screen provenance. */
export function useCitationRegistry(): CitationRegistry | null {
  return useContext(CitationContext);
}

/** "[3]" or "[1, 4–6]" for these sources, numbered on first appearance. */
export function CitationMark({ registry, ids }: { registry: CitationRegistry; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="cite" data-testid="citation">
      {formatCitationMarks(registry.cite(ids))}
    </span>
  );
}

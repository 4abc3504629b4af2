// Why: the "What changed" view and the briefing's "What changed since the last edition" section show the same
// list, computed once per window from the active edition and the one it revises.
import { activeEdition, bundledEditions } from '../../../shared/data';
import { baselineFor, diffDatasets, type EditionChange } from '../../../shared/edition/diff';
import type { EditionMeta } from '../../../shared/model/edition';

export interface EditionComparison {
  from: EditionMeta;
  to: EditionMeta;
  /** True when the edition this one revises is not in the app and the bundled one stands in for it. */
  substitute: boolean;
  changes: EditionChange[];
}

let cached: { to: EditionMeta; result: EditionComparison | null } | null = null;

/** null when the active edition is the first one (nothing to compare with). */
export function editionComparison(): EditionComparison | null {
  const active = activeEdition();
  if (cached?.to === active.meta) return cached.result;
  const base = baselineFor(active, bundledEditions);
  const result = base && {
    from: base.edition.meta,
    to: active.meta,
    substitute: base.substitute,
    changes: diffDatasets(base.edition.dataset, active.dataset),
  };
  cached = { to: active.meta, result };
  return result;
}

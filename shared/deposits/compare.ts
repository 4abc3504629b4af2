// Why: comparing deposits is only honest if like is set against like. Field ids are "<deposit>.<key>",
// so the same key ("resource", "grade", "owners") lines up across deposits; rows whose units differ are
// flagged rather than silently converted, and every cell keeps its own figure (and so its source).
import type { Deposit } from '../model/dataset';
import type { Figure } from '../model/sourced';

export interface CompareRow {
  key: string;
  label: string;
  /** One cell per compared deposit, in the same order; null where that deposit has no such field. */
  cells: (Figure | null)[];
  /** Units of the numeric cells disagree (e.g. "Mt" vs "bn t"): shown with a warning, not converted. */
  unitsDiffer: boolean;
}

export function fieldKey(depositId: string, figureId: string): string {
  return figureId.startsWith(`${depositId}.`) ? figureId.slice(depositId.length + 1) : figureId;
}

/**
 * Rows for every field key any compared deposit has. Keys shared by more deposits come first, then
 * keys in the order the first deposit lists them, so the most comparable rows lead.
 */
export function buildComparison(deposits: readonly Deposit[]): CompareRow[] {
  const rows = new Map<string, Omit<CompareRow, 'unitsDiffer'>>();
  deposits.forEach((d, col) => {
    for (const f of d.fields) {
      const key = fieldKey(d.id, f.id);
      let row = rows.get(key);
      if (!row) {
        row = { key, label: f.label, cells: deposits.map(() => null) };
        rows.set(key, row);
      }
      if (row.cells[col] === null) row.cells[col] = f;
    }
  });
  const unitsDiffer = (cells: (Figure | null)[]) =>
    new Set(
      cells
        .filter((f): f is Figure => f !== null && f.value !== null && typeof f.value !== 'string')
        .map((f) => f.unit),
    ).size > 1;
  const filled = (r: Omit<CompareRow, 'unitsDiffer'>) => r.cells.filter(Boolean).length;
  // A Map keeps insertion order and Array.prototype.sort is stable, so equally shared rows keep first-seen order.
  return [...rows.values()]
    .sort((a, b) => filled(b) - filled(a))
    .map((row) => ({ ...row, unitsDiffer: unitsDiffer(row.cells) }));
}

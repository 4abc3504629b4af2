// Why: every figure in a printed briefing points at a numbered entry of its sources appendix. Numbers are
// given in order of first appearance as the document renders (React renders in tree order, so the same
// spec and data always give the same numbers), and the appendix lists exactly what was cited.
import type { Confidence, Source } from '../model/sourced';

export interface AppendixEntry {
  n: number;
  id: string;
  publication: string;
  title: string;
  url: string | null;
  /** True when the URL is a copy of the original publication ("retrieved from"). */
  mirror: boolean;
  asOf: string | null;
  confidence: Confidence | null;
}

export class CitationRegistry {
  private readonly numbers = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly lookup: (id: string) => Source | undefined) {}

  /** Numbers for these source ids, assigning the next free number to any id not cited before. */
  cite(ids: readonly string[]): number[] {
    let added = false;
    const out = ids.map((id) => {
      let n = this.numbers.get(id);
      if (n === undefined) {
        n = this.numbers.size + 1;
        this.numbers.set(id, n);
        added = true;
      }
      return n;
    });
    if (added) for (const l of this.listeners) l();
    return out;
  }

  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  get size(): number {
    return this.numbers.size;
  }

  /** Lets the appendix re-render when a section placed after it cites a new source. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  entries(): AppendixEntry[] {
    return [...this.numbers].map(([id, n]) => {
      const s = this.lookup(id);
      return {
        n,
        id,
        publication: s?.publisher ?? id,
        title: s?.title ?? 'Source not found in the loaded data',
        url: s?.url ?? null,
        mirror: Boolean(s?.isMirror),
        asOf: s?.date ?? null,
        confidence: s?.confidence ?? null,
      };
    });
  }
}

/** "[1]", "[1, 3]", "[2–5, 7]": consecutive numbers collapse into a range so a figure's mark stays short. */
export function formatCitationMarks(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  if (sorted.length === 0) return '';
  const parts: string[] = [];
  let start = sorted[0]!;
  let prev = start;
  for (const n of [...sorted.slice(1), Number.NaN]) {
    if (n === prev + 1) {
      prev = n;
      continue;
    }
    parts.push(start === prev ? String(start) : prev === start + 1 ? `${start}, ${prev}` : `${start}–${prev}`);
    start = n;
    prev = n;
  }
  return `[${parts.join(', ')}]`;
}

/** The host a mirror URL was retrieved from, for "retrieved from <host>". */
export function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#]+)/i.exec(url);
  return m?.[1] ?? url;
}

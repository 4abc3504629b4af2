// Why: the explorer must answer "which deposits match?" on every keystroke, for 16 bundled deposits or
// thousands from data packs. This is that logic, pure and testable: an index built once per deposit list
// (search text and sort orders precomputed), then an O(n) pass per query that never re-sorts.
import type { Deposit, MineralGroup, Stage } from '../model/dataset';
import type { Confidence } from '../model/sourced';
import { GROUP_LABEL, mineralName, STAGE_LABEL, STAGE_ORDER } from './labels';

export const SORT_KEYS = ['name', 'minerals', 'province', 'stage', 'size', 'confidence'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface DepositQuery {
  /** Free-text search; every word must match somewhere in the deposit's name, minerals, place or stage. */
  q: string;
  mineral: string | null;
  province: string | null;
  stage: Stage | null;
  group: MineralGroup | null;
  critical: boolean | null;
  /** Matches deposits whose overall grades include this one. */
  grade: Confidence | null;
  sort: SortKey;
  desc: boolean;
}

export const DEFAULT_QUERY: DepositQuery = {
  q: '',
  mineral: null,
  province: null,
  stage: null,
  group: null,
  critical: null,
  grade: null,
  sort: 'name',
  desc: false,
};

/** True when any filter or search narrows the list (sorting does not). */
export function hasActiveFilters(q: DepositQuery): boolean {
  return (
    q.q.trim() !== '' ||
    q.mineral !== null ||
    q.province !== null ||
    q.stage !== null ||
    q.group !== null ||
    q.critical !== null ||
    q.grade !== null
  );
}

/** Case- and accent-insensitive form used for both the haystack and the search words. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function haystackOf(d: Deposit): string {
  return fold(
    [
      d.name,
      d.id,
      ...d.minerals,
      ...d.minerals.map(mineralName),
      GROUP_LABEL[d.mineralGroup],
      d.province,
      d.district,
      STAGE_LABEL[d.stage],
      d.stageDetail,
      d.packName ?? '',
    ].join(' \u0000 '),
  );
}

const GRADE_RANK: Record<Confidence, number> = { A: 0, B: 1, C: 2 };

export function bestGrade(d: Pick<Deposit, 'confidence'>): Confidence {
  // The schema requires at least one grade, so one of the three is always found.
  return (['A', 'B', 'C'] as const).find((g) => d.confidence.includes(g))!;
}

/**
 * Sort keys are folded strings compared with < and >, computed once per deposit: Intl.Collator.compare costs
 * about a microsecond a call, which is tens of milliseconds for a 5,000-deposit sort on first render.
 */
interface SortKeys {
  name: string;
  mineral: string;
  province: string;
  stage: number;
  size: number;
  grade: number;
}

function keysOf(d: Deposit): SortKeys {
  return {
    name: `${fold(d.name)}\u0000${d.id}`,
    // Stryker disable next-line StringLiteral: the schema requires at least one mineral, so the fallback never applies
    mineral: fold(mineralName(d.minerals[0] ?? '')),
    province: fold(d.province),
    stage: STAGE_ORDER.indexOf(d.stage),
    size: d.size?.value ?? 0,
    grade: GRADE_RANK[bestGrade(d)],
  };
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
type Compare = (a: SortKeys, b: SortKeys) => number;
const byName: Compare = (a, b) => cmpStr(a.name, b.name);

/** Ascending comparators; ties fall back to the name so the order is stable and predictable. */
const COMPARE: Record<SortKey, Compare> = {
  name: byName,
  minerals: (a, b) => cmpStr(a.mineral, b.mineral) || byName(a, b),
  province: (a, b) => cmpStr(a.province, b.province) || byName(a, b),
  stage: (a, b) => a.stage - b.stage || byName(a, b),
  size: (a, b) => a.size - b.size || byName(a, b),
  confidence: (a, b) => a.grade - b.grade || byName(a, b),
};

export interface DepositIndex {
  readonly deposits: readonly Deposit[];
  readonly haystacks: readonly string[];
  /** Positions into `deposits` in the requested order, computed once per key and direction. */
  order(sort: SortKey, desc: boolean): readonly number[];
}

export function createDepositIndex(deposits: readonly Deposit[]): DepositIndex {
  const haystacks = deposits.map(haystackOf);
  const keys = deposits.map(keysOf);
  const cache = new Map<string, number[]>();
  return {
    deposits,
    haystacks,
    order(sort, desc) {
      const key = `${sort}:${desc}`;
      let idx = cache.get(key);
      if (!idx) {
        const cmp = COMPARE[sort];
        idx = deposits
          .map((_, i) => i)
          .sort((i, j) => {
            const a = keys[i]!;
            const b = keys[j]!;
            // A deposit with no comparable size stays last whichever way size is sorted.
            const an = deposits[i]!.size === null;
            const bn = deposits[j]!.size === null;
            if (sort === 'size' && (an || bn)) return an && bn ? byName(a, b) : an ? 1 : -1;
            return desc ? cmp(b, a) : cmp(a, b);
          });
        cache.set(key, idx);
      }
      return idx;
    },
  };
}

export function searchWords(q: string): string[] {
  return fold(q).match(/\S+/g) ?? [];
}

/** Everything except the text search, so callers can also count what a filter alone would match. */
export function matchesFilters(d: Deposit, q: DepositQuery): boolean {
  if (q.mineral !== null && !d.minerals.includes(q.mineral)) return false;
  if (q.province !== null && d.province !== q.province) return false;
  if (q.stage !== null && d.stage !== q.stage) return false;
  if (q.group !== null && d.mineralGroup !== q.group) return false;
  if (q.critical !== null && d.critical !== q.critical) return false;
  if (q.grade !== null && !d.confidence.includes(q.grade)) return false;
  return true;
}

/** The deposits matching `query`, in its sort order. */
export function queryDeposits(index: DepositIndex, query: DepositQuery): Deposit[] {
  const words = searchWords(query.q);
  const out: Deposit[] = [];
  for (const i of index.order(query.sort, query.desc)) {
    const d = index.deposits[i]!;
    if (!matchesFilters(d, query)) continue;
    const hay = index.haystacks[i]!;
    if (!words.every((w) => hay.includes(w))) continue;
    out.push(d);
  }
  return out;
}

export interface FacetOptions {
  minerals: string[];
  provinces: string[];
}

/** The filter choices present in the data, so a select never offers something that matches nothing. */
export function facetOptions(deposits: readonly Deposit[]): FacetOptions {
  // Numeric, so "Block 2" comes before "Block 10"; built per call (once per deposit list), not at module load.
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const minerals = new Set<string>();
  const provinces = new Set<string>();
  for (const d of deposits) {
    for (const m of d.minerals) minerals.add(m);
    provinces.add(d.province);
  }
  return {
    minerals: [...minerals].sort((a, b) => collator.compare(mineralName(a), mineralName(b))),
    provinces: [...provinces].sort(collator.compare),
  };
}

// Why: a filtered view of the deposits must survive a reload and be shareable as a link
// (#/deposits?mineral=Sb&stage=exploration&q=...&sort=-size). This maps the query to and from hash
// parameters; unknown or malformed values are dropped, never trusted, so a hand-edited link cannot break the view.
import { MineralGroupSchema, StageSchema } from '../model/dataset';
import { ConfidenceSchema } from '../model/sourced';
import { DEFAULT_QUERY, SORT_KEYS, type DepositQuery, type SortKey } from './filter';

/** The subset of URLSearchParams this module reads, so shared/ needs no DOM types. */
export interface ParamsReader {
  get(name: string): string | null;
}

/** Parameter names this module owns; any other parameter in the hash is left alone. */
export const QUERY_PARAM_KEYS = [
  'q',
  'mineral',
  'province',
  'stage',
  'group',
  'critical',
  'grade',
  'sort',
  'cmp',
] as const;

export const MAX_COMPARE = 4;

function text(p: ParamsReader, key: string, max = 200): string | null {
  const v = p.get(key)?.trim();
  return v ? v.slice(0, max) : null;
}

export function paramsToQuery(p: ParamsReader): DepositQuery {
  const stage = StageSchema.safeParse(p.get('stage'));
  const group = MineralGroupSchema.safeParse(p.get('group'));
  const grade = ConfidenceSchema.safeParse(p.get('grade'));
  const critical = p.get('critical');
  const rawSort =
    p.get('sort') ??
    // Stryker disable next-line StringLiteral: a missing and an unknown sort both fall back to the default sort
    '';
  const desc = rawSort.startsWith('-');
  const sortKey = desc ? rawSort.slice(1) : rawSort;
  const sort = (SORT_KEYS as readonly string[]).includes(sortKey) ? (sortKey as SortKey) : DEFAULT_QUERY.sort;
  return {
    // The search box keeps what the user typed, spaces included, so it is not trimmed here.
    q: (p.get('q') ?? '').slice(0, 200),
    mineral: text(p, 'mineral', 40),
    province: text(p, 'province', 80),
    stage: stage.success ? stage.data : null,
    group: group.success ? group.data : null,
    critical: critical === 'yes' ? true : critical === 'no' ? false : null,
    grade: grade.success ? grade.data : null,
    sort,
    desc: desc && sortKey === sort,
  };
}

/** Only non-default values are written, in a fixed order, so equal queries give equal links. */
export function queryToEntries(q: DepositQuery): [string, string][] {
  const out: [string, string][] = [];
  if (q.q !== '') out.push(['q', q.q]);
  if (q.mineral !== null) out.push(['mineral', q.mineral]);
  if (q.province !== null) out.push(['province', q.province]);
  if (q.stage !== null) out.push(['stage', q.stage]);
  if (q.group !== null) out.push(['group', q.group]);
  if (q.critical !== null) out.push(['critical', q.critical ? 'yes' : 'no']);
  if (q.grade !== null) out.push(['grade', q.grade]);
  if (q.sort !== DEFAULT_QUERY.sort || q.desc) out.push(['sort', `${q.desc ? '-' : ''}${q.sort}`]);
  return out;
}

/** Deposit ids ticked for comparison, de-duplicated and capped. */
export function parseCompare(p: ParamsReader): string[] {
  const ids = (
    p.get('cmp') ??
    // Stryker disable next-line StringLiteral: any stand-in text for a missing list fails the id pattern below
    ''
  )
    .split(',')
    .filter((id) => /^[a-z0-9-]+$/.test(id));
  return [...new Set(ids)].slice(0, MAX_COMPARE);
}

/** The full parameter list: query, compare selection, then any parameter this module does not own. */
export function buildEntries(
  q: DepositQuery,
  compare: readonly string[],
  others: Iterable<[string, string]> = [],
): [string, string][] {
  const out = queryToEntries(q);
  if (compare.length > 0) out.push(['cmp', compare.slice(0, MAX_COMPARE).join(',')]);
  for (const [k, v] of others) if (!(QUERY_PARAM_KEYS as readonly string[]).includes(k)) out.push([k, v]);
  return out;
}

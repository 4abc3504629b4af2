// Why: the editor addresses every input by its path in the scenario (e.g. ['products', 0, 'price']), so one
// field component, one validator and one diff can serve every input the model has, and an edited sourced value
// is relabelled an analyst assumption in the saved file instead of silently keeping its source.
import type { Input, Scenario } from '../../../../../shared/scenario';
import { ScenarioSchema } from '../../../../../shared/scenario';
import { figureById, sourceById } from '../../../../../shared/data';
import { formatNumber, formatSourceLine, withUnit } from '../../../../../shared/format';

export type Path = readonly (string | number)[];

export function getIn(obj: unknown, path: Path): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** Immutable set: copies only the objects along the path, so unchanged branches keep their identity (cheap memo). */
export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const src = obj as unknown as Record<string | number, unknown>;
  const copy = (Array.isArray(obj) ? [...(obj as unknown[])] : { ...src }) as Record<string | number, unknown>;
  copy[head!] = setIn(src?.[head!], rest, value);
  return copy as T;
}

export function isInput(x: unknown): x is Input {
  return !!x && typeof x === 'object' && 'value' in x && 'basis' in x && typeof (x as Input).value === 'number';
}

/** Numeric value at a path, whether it holds an `Input` or a plain number. */
export function numberAt(s: unknown, path: Path): number | undefined {
  const x = getIn(s, path);
  if (isInput(x)) return x.value;
  return typeof x === 'number' ? x : undefined;
}

/**
 * Where `path` of `s` lives in the source case: products and capex tranches are matched by id (so removing one does
 * not compare the next with another item); null when the item is new.
 */
export function sourcePath(s: Scenario, source: Scenario, path: Path): Path | null {
  const match = (list: { id: string }[], srcList: { id: string }[], at: number) => {
    const id = list[path[at] as number]?.id;
    const j = srcList.findIndex((x) => x.id === id);
    return j < 0 ? null : [...path.slice(0, at), j, ...path.slice(at + 1)];
  };
  if (path[0] === 'products') return match(s.products, source.products, 1);
  if (path[0] === 'costs' && path[1] === 'capexTranches')
    return match(s.costs.capexTranches, source.costs.capexTranches, 2);
  if (path[0] === 'mainProductId') return path;
  return getIn(source, path) === undefined ? null : path;
}

/**
 * The scenario with a new number at `path`. For an Input: back to the source case's exact Input when the value
 * returns to it; otherwise a sourced/derived value becomes an assumption whose note records the source value.
 */
export function withNumber(s: Scenario, path: Path, value: number, source: Scenario | null): Scenario {
  const cur = getIn(s, path);
  if (!isInput(cur)) return setIn(s, path, value);
  const sp = source ? sourcePath(s, source, path) : null;
  const orig = source && sp ? getIn(source, sp) : undefined;
  if (isInput(orig) && orig.value === value) return setIn(s, path, orig);
  if (isInput(orig) && orig.basis !== 'assumption') {
    // "Edited from <source>": the figure by its label and publication, the source value formatted, never an id.
    const figure = orig.figureId ? figureById(orig.figureId) : undefined;
    const src = figure?.sourceIds.map((id) => sourceById(id)).find((x) => x !== undefined);
    const from = figure ? `${figure.label}${src ? `, ${formatSourceLine(src)}` : ''}` : 'the source case';
    const was = withUnit(formatNumber(orig.value), orig.unit);
    return setIn(s, path, { ...orig, value, basis: 'assumption', note: `Edited from ${from}: ${was}.` });
  }
  return setIn(s, path, { ...cur, value });
}

export interface Validation {
  ok: boolean;
  /** The zod message for this field (or the first blocking issue elsewhere, which also stops evaluation). */
  message: string | null;
  scenario: Scenario | null;
}

const samePrefix = (issuePath: readonly PropertyKey[], path: Path) =>
  path.every((k, i) => String(issuePath[i]) === String(k));

/** Validates the whole candidate with the file schema: the engine only ever sees a scenario that would save. */
export function validateCandidate(candidate: Scenario, path: Path): Validation {
  const r = ScenarioSchema.safeParse(candidate);
  // The candidate itself (not zod's copy) is kept so unchanged branches keep their identity for memoised charts.
  if (r.success) return { ok: true, message: null, scenario: candidate };
  const issue = r.error.issues.find((i) => samePrefix(i.path, path)) ?? r.error.issues[0]!;
  return { ok: false, message: issue.message, scenario: null };
}

/** Stable key for a path (React keys, test ids). */
export const pathKey = (path: Path) => path.join('.');

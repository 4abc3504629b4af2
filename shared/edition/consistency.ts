// Why: zod checks each record's shape, but an edition is only usable if its parts agree with each other:
// every cited source exists, ids are unique, a marker's size figure belongs to its deposit, and no figure is
// newer than the edition says it is. An imported edition is refused on any of these, naming the field.
import type { Edition } from '../model/edition';
import { collectContested, collectFigures } from '../data';

export interface EditionProblem {
  /** Dotted path inside the edition file, e.g. "dataset.deposits[3].fields[0].sourceIds[1]". */
  path: string;
  message: string;
}

/** Every `sourceIds` array anywhere in the value, with the path of each id. */
export function citedSourceIds(value: unknown, path: string): Array<{ path: string; id: string }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => citedSourceIds(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'sourceIds' && Array.isArray(v)
      ? v.map((id, i) => ({ path: `${path}.${key}[${i}]`, id: String(id) }))
      : citedSourceIds(v, `${path}.${key}`),
  );
}

function duplicates(kind: string, path: string, ids: string[]): EditionProblem[] {
  const seen = new Set<string>();
  const out: EditionProblem[] = [];
  for (const id of ids) {
    if (seen.has(id)) out.push({ path, message: `${kind} id "${id}" is used more than once` });
    seen.add(id);
  }
  return out;
}

/** Problems that make an edition unusable; an empty list means it is consistent. */
export function editionProblems(edition: Edition): EditionProblem[] {
  const d = edition.dataset;
  const problems: EditionProblem[] = [];
  const sourceIds = new Set(d.sources.map((s) => s.id));
  for (const c of citedSourceIds(d, 'dataset')) {
    if (!sourceIds.has(c.id))
      problems.push({ path: c.path, message: `cites source "${c.id}", which is not in dataset.sources` });
  }
  const figures = collectFigures(d);
  problems.push(
    ...duplicates(
      'source',
      'dataset.sources',
      d.sources.map((s) => s.id),
    ),
    ...duplicates(
      'figure',
      'dataset',
      figures.map((f) => f.id),
    ),
    ...duplicates(
      'contested set',
      'dataset',
      collectContested(d).map((c) => c.id),
    ),
    ...duplicates(
      'deposit',
      'dataset.deposits',
      d.deposits.map((x) => x.id),
    ),
    ...duplicates(
      'price',
      'dataset.prices',
      d.prices.map((x) => x.id),
    ),
    ...duplicates(
      'milestone',
      'dataset.milestones',
      d.milestones.map((x) => x.id),
    ),
  );
  d.deposits.forEach((dep, i) => {
    if (dep.size && !dep.fields.some((f) => f.id === dep.size?.figureId)) {
      problems.push({
        path: `dataset.deposits[${i}].size.figureId`,
        message: `names figure "${dep.size.figureId}", which is not a field of ${dep.name}`,
      });
    }
  });
  // A date prefix sorts like the date it stands for, so "2026-07" is later than "2026-06-24".
  for (const f of figures) {
    if (f.asOf.slice(0, edition.meta.asOf.length) > edition.meta.asOf) {
      problems.push({
        path: `figure ${f.id}.asOf`,
        message: `is ${f.asOf}, later than the edition's as-of date ${edition.meta.asOf}`,
      });
    }
  }
  if (edition.meta.previousId === edition.meta.id) {
    problems.push({ path: 'meta.previousId', message: 'must name an earlier edition, not this one' });
  }
  return problems;
}

// Why: notes in the dataset and in presets cross-reference figures by id ("(reko-diq.first-production)"); a reader
// must see the figure's label, never an internal id. Every note is shown through this one function.
import { figureById } from '../../../shared/data';

const FIGURE_REF = /\b(?:dataset figure )?([a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)\b/g;

/**
 * Replaces every figure id in `text` by that figure's label. An id no figure of this edition has (a reference to
 * a timeline fact, or to another edition) is dropped with its separator rather than shown. URLs and decimals are
 * left alone: an id has a hyphenated segment on each side of a dot.
 */
export function nameFigureRefs(text: string): string {
  const named = text.replace(
    FIGURE_REF,
    (whole, id: string) => figureById(id)?.label ?? (isIdLike(id) ? '\uE000' : whole),
  );
  return named.replace(/\s*\(\uE000\)|,\s*\uE000|\uE000,?\s*/g, '');
}

const isIdLike = (token: string) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)+/.test(token) || /^price\./.test(token);

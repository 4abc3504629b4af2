// Why: notes in the dataset and in presets cross-reference figures by id ("(reko-diq.first-production)"); a reader
// must see the figure's label and where it comes from, never an internal id. Every note is shown through this one
// function.
import { figureById, sourceById } from '../../../shared/data';
import { formatSourceLine } from '../../../shared/format/figures';

const FIGURE_REF = /\b(?:dataset figure )?([a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)\b/g;

/**
 * Replaces every figure id in `text` by that figure's label and its first source ("Owners, Barrick Gold, 20 Mar
 * 2022", dated in English like the note it sits in); the source is left out where the note already names its
 * publisher. An id no figure of this edition has (a reference to a timeline fact, or to another edition) is dropped
 * with its separator rather than shown. URLs and decimals are left alone: an id has a hyphenated segment on each
 * side of a dot.
 */
export function nameFigureRefs(text: string): string {
  const named = text.replace(FIGURE_REF, (whole, id: string) => {
    const figure = figureById(id);
    if (!figure) return isIdLike(id) ? '\uE000' : whole;
    const source = sourceById(figure.sourceIds[0] ?? '');
    const cite = source && !text.includes(source.publisher.split(/[\s(]/)[0]!);
    return cite ? `${figure.label}, ${formatSourceLine(source)}` : figure.label;
  });
  return named.replace(/\s*\(\uE000\)|,\s*\uE000|\uE000,?\s*/g, '');
}

const isIdLike = (token: string) =>
  /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)+/.test(token) || /^price\./.test(token);

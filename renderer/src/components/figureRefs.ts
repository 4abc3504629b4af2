// Why: notes in the dataset and in presets cross-reference figures by id ("(reko-diq.first-production)"); a reader
// must see the figure's label, never an internal id. Every note is shown through this one function.
import { figureById } from '../../../shared/data';

const FIGURE_REF = /\b(?:dataset figure )?([a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)\b/g;

/** Replaces every figure id in `text` by that figure's label; other text (URLs, decimals) is left alone. */
export function nameFigureRefs(text: string): string {
  return text.replace(FIGURE_REF, (whole, id: string) => figureById(id)?.label ?? whole);
}

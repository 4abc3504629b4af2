// Why: where an input's value comes from, in one place for the editor, the printable assumptions table and the
// XLSX Inputs sheet: a dataset figure (with its sources), arithmetic on one, or an analyst assumption.
import { figureById, sourceById } from '../../../../../shared/data';
import type { Figure } from '../../../../../shared/model/sourced';
import type { Input } from '../../../../../shared/scenario';
import { formatSourceLine } from '../../../../../shared/format/figures';
import { nameFigureRefs } from '../../../components/figureRefs';

export interface InputProvenance {
  basis: Input['basis'];
  figure: Figure | null;
  sourceIds: string[];
  /** "Publisher, date; ..." for tables and exports. */
  sourceText: string;
  note: string;
}

export function provenanceOf(input: Input): InputProvenance {
  const figure = input.figureId ? (figureById(input.figureId) ?? null) : null;
  const sourceIds = input.sourceIds ?? figure?.sourceIds ?? [];
  const sourceText = sourceIds
    .map((id) => sourceById(id))
    .filter((s) => s !== undefined)
    .map((s) => formatSourceLine(s))
    .join('; ');
  // A calibrated value says what it was fitted to before anything else.
  const note =
    input.basis === 'calibrated' && input.calibratedTo
      ? `Calibrated to ${input.calibratedTo}.${input.note ? ` ${input.note}` : ''}`
      : (input.note ?? '');
  return { basis: input.basis, figure, sourceIds, sourceText, note: nameFigureRefs(note) };
}

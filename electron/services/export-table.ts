// Why: analysts take tables into Excel. CSV and XLSX are written by main (the renderer cannot touch
// the disk), through a save dialog that opens in the workspace, with the same crash-safe write as documents.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { FormulaCell, TableExport } from '../../shared/ipc/contract';
import { TableExportSchema } from '../../shared/ipc/contract';
import { diskError } from './disk-errors';
import type { Dialogs } from './dialogs';
import { savePathWithExtension } from './save-target';
import { writeFileAtomic } from './workspace/atomic-write';

type Column = { key: string; header: string; unit?: string };
type Row = Record<string, string | number | null | FormulaCell>;

const isFormula = (v: Row[string]): v is FormulaCell => typeof v === 'object' && v !== null;
/** A formula's cached value: what a CSV (which holds no formulas) writes for it. */
const plain = (v: Row[string] | undefined): string | number | null =>
  v === undefined ? null : isFormula(v) ? v.result : v;

const headerOf = (c: Column) => (c.unit ? `${c.header} (${c.unit})` : c.header);

/**
 * A spreadsheet runs a cell as a formula when it starts with = + - @ (or a tab or carriage return before one), and
 * some importers split a cell at its line breaks, so a formula character right after any line break counts too.
 * Such text gets a leading apostrophe: Excel, LibreOffice and Google Sheets then show it as text. Numbers (typed as
 * numbers, not text) are left alone, so -125 stays a number.
 */
const FORMULA_START = /(^|[\r\n])[\s]*[=+\-@\t\r]/;
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const textSafe = (v: string | number | null) => (typeof v === 'string' ? escapeFormula(v) : v);

export function toCsv(columns: Column[], rows: Row[]): string {
  // A BOM makes Excel on Windows read UTF-8 (km², ≈, Urdu) correctly. Text from shared data packs or received
  // scenario files must not run as a spreadsheet formula: every text cell, headers included, is escaped.
  const fields = columns.map((c) => escapeFormula(headerOf(c)));
  const data = rows.map((r) => columns.map((c) => textSafe(plain(r[c.key])) ?? ''));
  return `\uFEFF${Papa.unparse({ fields, data }, { escapeFormulae: false })}\r\n`;
}

function addSheet(book: ExcelJS.Workbook, name: string, columns: Column[], rows: Row[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: escapeFormula(headerOf(c)),
    key: c.key,
    width: Math.min(60, Math.max(12, headerOf(c).length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  // A formula cell becomes a live Excel formula with the app's value cached (result null: the reader computes it);
  // text is escaped, so only a FormulaCell (never a string that starts with "=") is ever a formula.
  const cell = (v: Row[string] | undefined) =>
    v === undefined
      ? null
      : isFormula(v)
        ? v.result === null
          ? { formula: v.formula }
          : { formula: v.formula, result: v.result }
        : textSafe(v);
  for (const r of rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, cell(r[c.key])])));
}

/** Which data edition the exported figures come from: a column on every CSV row, a sheet of its own in a workbook. */
export interface ExportEdition {
  /** "Data edition 2026-06, figures as of 24 Jun 2026" */
  label: string;
  /** Further lines for the workbook's edition sheet (publisher, where an imported edition came from). */
  details: string[];
}

export const EDITION_COLUMN = 'Data edition';
export const EDITION_SHEET = 'Data edition';

function withEditionColumn(
  columns: Column[],
  rows: Row[],
  edition?: ExportEdition,
): { columns: Column[]; rows: Row[] } {
  if (!edition) return { columns, rows };
  const key = '__edition';
  return {
    columns: [...columns, { key, header: EDITION_COLUMN }],
    rows: rows.map((r) => ({ ...r, [key]: edition.label })),
  };
}

export async function toXlsx(
  spec: Pick<TableExport, 'sheetName' | 'columns' | 'rows' | 'extraSheets'>,
  edition?: ExportEdition,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Pakistan Minerals Briefing';
  book.created = new Date();
  addSheet(book, spec.sheetName, spec.columns, spec.rows);
  for (const s of spec.extraSheets ?? []) addSheet(book, s.name, s.columns, s.rows);
  if (edition) {
    book.subject = edition.label;
    addSheet(
      book,
      EDITION_SHEET,
      [{ key: 'about', header: edition.label }],
      edition.details.map((about) => ({ about })),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function exportTable(
  input: TableExport,
  deps: { dialogs: Dialogs; defaultDir: string; edition?: ExportEdition },
): Promise<{ path: string; bytes: number } | null> {
  const spec = TableExportSchema.parse(input);
  await fs.mkdir(deps.defaultDir, { recursive: true });
  const ext = spec.format;
  const chosen = await deps.dialogs.showSave({
    title: `Export ${ext.toUpperCase()}`,
    defaultPath: path.join(deps.defaultDir, `${spec.suggestedName}.${ext}`),
    filters: [ext === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'Excel workbook', extensions: ['xlsx'] }],
  });
  if (!chosen) return null;
  const target = await savePathWithExtension(chosen, ext);
  const csv = () => withEditionColumn(spec.columns, spec.rows, deps.edition);
  const data = ext === 'csv' ? Buffer.from(toCsv(csv().columns, csv().rows), 'utf8') : await toXlsx(spec, deps.edition);
  try {
    await writeFileAtomic(target, data);
  } catch (err) {
    throw diskError(err, 'save', target, 'No partial file was left.');
  }
  return { path: target, bytes: data.length };
}

import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { TableExportSchema } from '../../shared/ipc/contract';
import { createScenarioFromPreset, presets } from '../../shared/scenario/presets';
import { cleanFileStem } from '../../shared/workspace/names';
import { escapeFormula, toCsv, toXlsx } from './export-table';

describe('formula escaping', () => {
  it.each([
    ['=HYPERLINK("http://x.invalid","Hunza")', true],
    ['=HYPERLINK("http://x.invalid","Hunza")\n', true],
    ['Hunza\n=HYPERLINK("http://x.invalid","x")', true],
    ['Hunza\r\n+cmd', true],
    ['+92 51 000', true],
    ['-2+3', true],
    ['@SUM(A1)', true],
    ['\t=1+1', true],
    ['  =1+1', true],
    ['Reko Diq', false],
    ['Reko Diq (Balochistan) — 18.2 Mt', false],
    ['a=b', false],
    ['', false],
  ])('%j escaped: %s', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped ? `'${text}` : text);
  });

  it('escapes a CSV cell whose formula follows a line break, and headers too, but not numbers', () => {
    const csv = toCsv(
      [
        { key: 'name', header: '=Deposit' },
        { key: 'npv', header: 'NPV' },
      ],
      [
        { name: '=HYPERLINK("http://x.invalid","Hunza")\n', npv: -125 },
        { name: 'Hunza\n@SUM(1)', npv: 3 },
      ],
    );
    expect(csv).toContain(`'=Deposit,NPV`);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.invalid"",""Hunza"")\n",-125`);
    expect(csv).toContain(`"'Hunza\n@SUM(1)",3`);
  });

  it('writes XLSX text cells escaped, as text, never as formulas', async () => {
    const buf = await toXlsx({
      sheetName: 'Deposits',
      columns: [{ key: 'name', header: 'Deposit' }],
      rows: [{ name: '=1+1\n' }, { name: 'plain' }],
      extraSheets: [{ name: 'More', columns: [{ key: 'a', header: 'A' }], rows: [{ a: 'x\n-1' }] }],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const cell = book.getWorksheet('Deposits')!.getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("'=1+1\n");
    expect(book.getWorksheet('Deposits')!.getCell('A3').value).toBe('plain');
    expect(book.getWorksheet('More')!.getCell('A2').value).toBe("'x\n-1");
  });
});

describe('export limits and sheet names', () => {
  const base = {
    format: 'xlsx',
    suggestedName: 'x',
    sheetName: 'Sheet',
    columns: [{ key: 'a', header: 'A' }],
    rows: [],
  };
  it('refuses a bad sheet name with Excel’s rule', () => {
    const r = TableExportSchema.safeParse({ ...base, sheetName: 'a/b' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('a sheet name must not contain [ ] : * ? / or \\ (an Excel rule)');
    expect(TableExportSchema.safeParse({ ...base, sheetName: 'x'.repeat(32) }).error?.issues[0]?.message).toContain(
      'at most 31 characters',
    );
    expect(TableExportSchema.safeParse({ ...base, sheetName: "'quoted" }).success).toBe(false);
  });

  it('offers every preset under its own name: what the name cleaner gives, the contract accepts', () => {
    // "Reko Diq (revised Phase 1 cost, ECC Sep 2025)" holds a comma: the export must still open its save dialog.
    for (const preset of presets) {
      const stem = cleanFileStem(createScenarioFromPreset(preset.id).meta.name, 'scenario', 70);
      expect(TableExportSchema.safeParse({ ...base, suggestedName: stem }).success, stem).toBe(true);
      expect(TableExportSchema.safeParse({ ...base, suggestedName: `${stem} cash flows` }).success, stem).toBe(true);
    }
    expect(TableExportSchema.safeParse({ ...base, suggestedName: 'معدنیات کا منظر' }).success).toBe(true);
    for (const bad of ['a/b', '../x', 'x:y', 'trailing.', '', 'CON', 'a\nb']) {
      expect(TableExportSchema.safeParse({ ...base, suggestedName: bad }).success, bad).toBe(false);
    }
  });

  it('bounds extra-sheet rows and the number of extra sheets', () => {
    const rows = Array.from({ length: 10_001 }, () => ({ a: 1 }));
    const tooMany = TableExportSchema.safeParse({
      ...base,
      extraSheets: [{ name: 'Big', columns: base.columns, rows }],
    });
    expect(tooMany.error?.issues[0]?.message).toBe('an extra sheet may hold at most 10000 rows');
    expect(
      TableExportSchema.safeParse({
        ...base,
        extraSheets: [{ name: 'Ok', columns: base.columns, rows: rows.slice(1) }],
      }).success,
    ).toBe(true);
    const sheets = Array.from({ length: 13 }, (_, i) => ({ name: `S${i}`, columns: base.columns, rows: [] }));
    expect(TableExportSchema.safeParse({ ...base, extraSheets: sheets }).error?.issues[0]?.message).toBe(
      'at most 12 extra sheets',
    );
  });
});

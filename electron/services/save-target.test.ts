import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from './export-table';
import { savePathWithExtension } from './save-target';

describe('saving exports', () => {
  it('adds a missing extension, but never silently replaces the file that names', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-save-'));
    expect(await savePathWithExtension(path.join(dir, 'report'), 'csv')).toBe(path.join(dir, 'report.csv'));
    expect(await savePathWithExtension(path.join(dir, 'report.CSV'), 'csv')).toBe(path.join(dir, 'report.CSV'));
    writeFileSync(path.join(dir, 'report.csv'), 'old');
    await expect(savePathWithExtension(path.join(dir, 'report'), 'csv')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('report.csv already exists'),
    });
  });

  it('writes CSV text that a spreadsheet will not run as a formula', () => {
    const csv = toCsv(
      [
        { key: 'name', header: 'Deposit' },
        { key: 'npv', header: 'NPV', unit: 'USD m' },
      ],
      [
        { name: '=HYPERLINK("http://x.invalid","click")', npv: -125 },
        { name: 'Reko Diq', npv: 18317 },
      ],
    );
    expect(csv.startsWith('\uFEFFDeposit,NPV (USD m)')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x.invalid"",""click"")"`);
    expect(csv).toContain('-125');
    expect(csv).toContain('Reko Diq,18317');
  });
});

// Why: the exported workbook is a live model. LibreOffice Calc, set to recalculate on load, opens the XLSX with
// every cached formula value blanked and must get the app's after-tax NPV and IRR from the formulas alone.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../electron/services/export-table';
import { createScenarioFromPreset, evaluateScenario } from '../../shared/scenario';
import type { FormulaCell } from '../../shared/ipc/contract';
import { buildExport } from '../../renderer/src/views/scenarios/exportScenario';

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// Labels don't matter here: the key stands in for the text.
const t = (k: string, o?: Record<string, string | number>) => (o ? `${k} ${Object.values(o).join(' ')}` : k);

describe('scenario workbook', () => {
  it.skipIf(!soffice)(
    "LibreOffice recalculates the exported workbook and gets the app's NPV and IRR (skipped only without soffice)",
    () => {
      const s = createScenarioFromPreset('reko-diq-study-2025');
      const r = evaluateScenario(s);
      const spec = buildExport('xlsx', t, s, null, r);
      let formulas = 0;
      const bySheet: Record<string, number> = {};
      // Blank every cached value: the numbers LibreOffice reports can only come from the formulas.
      const blank = (rows: Record<string, unknown>[], sheet: string) =>
        rows.map((row) =>
          Object.fromEntries(
            Object.entries(row).map(([k, v]) => {
              if (v && typeof v === 'object') {
                formulas++;
                bySheet[sheet] = (bySheet[sheet] ?? 0) + 1;
                return [k, { ...(v as FormulaCell), result: null }];
              }
              return [k, v];
            }),
          ),
        );
      const dir = mkdtempSync(path.join(tmpdir(), 'pmb-wb-'));
      const xlsx = path.join(dir, 'study.xlsx');
      return (async () => {
        const sheets = spec.extraSheets!.map((x) => ({ ...x, rows: blank(x.rows, x.name) as typeof x.rows }));
        writeFileSync(xlsx, await toXlsx({ ...spec, extraSheets: sheets }));
        console.info(
          `scenario workbook: ${formulas} formula cells (${r.table.years} model years): ${JSON.stringify(bySheet)}`,
        );
        // Eleven formula columns a year (revenue, royalties, EBITDA, both FCFs, cumulative, discount factor,
        // discounted, cumulative discounted and the two payback helpers); on Results every NPV (project at five rates
        // pre and after tax, equity), both IRRs and the equity IRR, both paybacks, six totals, NPV/capex, peak
        // funding, C1 and AISC.
        expect(bySheet['Annual cash flows']).toBe(11 * r.table.years);
        expect(bySheet.Results).toBe(10 + 2 + 1 + 1 + 6 + 1 + 2 + 1 + 2);
        // A private LibreOffice profile that recalculates OOXML files on load.
        const profile = path.join(dir, 'lo-profile');
        mkdirSync(path.join(profile, 'user'), { recursive: true });
        writeFileSync(
          path.join(profile, 'user', 'registrymodifications.xcu'),
          `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
        );
        // Sheet 3 (Results) as CSV: field separator 44 (,), text delimiter 34 ("), UTF-8 (76), formatted values off.
        execFileSync(
          'soffice',
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3',
            '--outdir',
            dir,
            xlsx,
          ],
          { stdio: 'ignore', timeout: 120_000 },
        );
        const csv = readFileSync(path.join(dir, 'study-Results.csv'), 'utf8');
        const rows = csv
          .trim()
          .split('\n')
          .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
        const value = (metric: string) => Number(rows.find((x) => x[0] === metric)?.[1]);
        expect(value(`metrics.npvAfterTaxAt ${r.discountRatePct}`)).toBeCloseTo(r.npv.afterTax, 3);
        expect(value('metrics.npvAfterTaxAt 10')).toBeCloseTo(r.npv.atRates.find((a) => a.ratePct === 10)!.afterTax, 3);
        expect(value('metrics.irrAfter')).toBeCloseTo(r.irr.afterTax.value! * 100, 6);
        expect(value('metrics.payback')).toBeCloseTo(r.payback.years!, 6);
        expect(value('export.total table.afterTaxFcf')).toBeCloseTo(r.totals.afterTaxFcf, 3);
        expect(value('metrics.npvEquity')).toBeCloseTo(r.npv.equity!, 3);
        expect(value('metrics.irrEquity')).toBeCloseTo(r.irr.equity!.value! * 100, 6);
        expect(value('metrics.discountedPayback')).toBeCloseTo(r.payback.discountedYears!, 6);
        expect(value('metrics.npvToCapex')).toBeCloseTo(r.npvToCapex!, 6);
        expect(value('metrics.peakFunding')).toBeCloseTo(r.peakFunding.usdM, 3);
        expect(value('metrics.c1')).toBeCloseTo(r.unitCosts!.c1, 3);
        expect(value('metrics.aisc')).toBeCloseTo(r.unitCosts!.aisc, 3);
      })();
    },
    180_000,
  );
});

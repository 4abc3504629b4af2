// Why: an exported spreadsheet is read without the app: its header row must name each column (with units), and each
// cell must say exactly what the profile says. These hand-made deposits pin the header row and the cells that the
// other export tests leave open (a non-critical deposit, longitude, several grades, several sources per field).
import { describe, expect, it } from 'vitest';
import type { Source } from '../model/sourced';
import { DEPOSIT_COLUMNS, depositExportRow, FIELD_COLUMNS, fieldExportRows } from './export';
import { lookupTestSource, makeDeposit } from './deposits.fixture';

/** The header cell a spreadsheet shows: the column's name, with its unit in brackets. */
const headerRow = (cols: typeof DEPOSIT_COLUMNS) => cols.map((c) => (c.unit ? `${c.header} (${c.unit})` : c.header));

const fig = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  label: id,
  value: 1,
  unit: 'Mt',
  asOf: '2025',
  sourceIds: ['src-a'],
  confidence: 'B' as const,
  basis: 'press-report' as const,
  ...over,
});

describe('export header rows', () => {
  it('names every deposit column, with degrees on the coordinates', () => {
    expect(headerRow(DEPOSIT_COLUMNS)).toEqual([
      'Deposit id',
      'Name',
      'Minerals',
      'Mineral group',
      'Critical mineral',
      'Province',
      'District',
      'Latitude (°N)',
      'Longitude (°E)',
      'Location precision',
      'Stage',
      'Stage detail',
      'Overall confidence',
      'Key size figure',
      'Size (map marker)',
      'Size unit',
      'Size as of',
      'Size confidence',
      'Size source (publisher)',
      'Size source URL',
      'All sources (publisher)',
      'All source URLs',
      'Latest as-of of any field',
      'Data origin',
    ]);
  });

  it('names every figure column', () => {
    expect(headerRow(FIELD_COLUMNS)).toEqual([
      'Deposit id',
      'Deposit',
      'Field',
      'Value (as shown)',
      'Numeric value',
      'Unit',
      'As of',
      'Confidence',
      'Basis',
      'Source (publisher)',
      'Source URL',
      'Note',
    ]);
  });
});

describe('export cells', () => {
  it('writes a non-critical deposit with both coordinates, every grade and the latest as-of of any field', () => {
    const d = makeDeposit({
      id: 'n',
      critical: false,
      confidence: ['A', 'C'],
      location: { lat: 35.9, lon: 74.3, approximate: false, precision: 'survey point' },
      // Listed newest first, so the latest date is found by comparing, not by position.
      fields: [fig('n.a', { asOf: '2026-02' }), fig('n.b', { asOf: '1998' }), fig('n.c', { asOf: '2024-11-30' })],
    });
    expect(depositExportRow(d, lookupTestSource)).toMatchObject({
      critical: 'No',
      lat: 35.9,
      lon: 74.3,
      grades: 'A, C',
      latestAsOf: '2026-02',
      origin: 'Bundled dataset',
    });
  });

  it('names user data without a pack name as coming from a data pack', () => {
    const d = makeDeposit({ id: 'u', origin: 'user' });
    expect(depositExportRow(d, lookupTestSource).origin).toBe('User data: data pack');
  });

  it('names a publisher once when two cited sources give the same publisher and date', () => {
    const sources: Source[] = [
      {
        id: 'x1',
        publisher: 'Dawn',
        title: 'One',
        date: '2025-01-01',
        url: 'https://a/1',
        isMirror: false,
        confidence: 'B',
      },
      {
        id: 'x2',
        publisher: 'Dawn',
        title: 'Two',
        date: '2025-01-01',
        url: 'https://a/2',
        isMirror: false,
        confidence: 'B',
      },
      {
        id: 'x3',
        publisher: 'Dawn',
        title: 'Three',
        date: '2025-02-01',
        url: 'https://a/2',
        isMirror: false,
        confidence: 'B',
      },
    ];
    const lookup = (id: string) => sources.find((s) => s.id === id);
    const d = makeDeposit({ id: 'p', fields: [fig('p.f', { sourceIds: ['x1', 'x2', 'x3'] })] });
    expect(depositExportRow(d, lookup)).toMatchObject({
      sources: 'Dawn (2025-01-01); Dawn (2025-02-01)',
      sourceUrls: 'https://a/1; https://a/2',
    });
    expect(fieldExportRows(d, lookup)[0]).toMatchObject({
      source: 'Dawn (2025-01-01); Dawn (2025-02-01)',
      sourceUrl: 'https://a/1; https://a/2',
    });
  });

  it('writes a figure row per field with each of its sources, numeric value and unit', () => {
    const d = makeDeposit({
      id: 'r',
      name: 'Reko',
      fields: [fig('r.res', { label: 'Resource', value: 5.9, unit: 'bn t', sourceIds: ['src-b', 'src-a'] })],
    });
    expect(fieldExportRows(d, lookupTestSource)).toEqual([
      {
        depositId: 'r',
        deposit: 'Reko',
        field: 'Resource',
        value: '5.9 bn t',
        number: 5.9,
        unit: 'bn t',
        asOf: '2025',
        confidence: 'B',
        basis: 'press-report',
        source: 'USGS; Dawn (2025-04-08)',
        sourceUrl: 'https://www.usgs.gov/x; https://www.dawn.com/news/1',
        note: null,
      },
    ]);
  });
});

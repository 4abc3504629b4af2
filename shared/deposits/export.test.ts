// Why: exported rows leave the app; these check each row carries its sources (publisher and URL),
// as-of and confidence, and that user data and missing locations are labelled, not blanked.
import { describe, expect, it } from 'vitest';
import { DEPOSIT_COLUMNS, depositExportRow, depositSourceIds, FIELD_COLUMNS, fieldExportRows } from './export';
import { lookupTestSource, makeDeposit } from './deposits.fixture';

const sb = makeDeposit({
  id: 'qila',
  name: 'Qila Abdullah antimony',
  minerals: ['Sb'],
  location: { lat: 30.8, lon: 66.8, approximate: true, precision: 'approx. (not sourced)', sourceIds: ['src-c'] },
  size: { value: 0.026, unit: 'Mt', figureId: 'qila.resource' },
  fields: [
    {
      id: 'qila.resource',
      label: 'Ore estimate',
      value: 0.026,
      unit: 'Mt',
      asOf: '1974',
      sourceIds: ['src-b', 'src-a'],
      confidence: 'A',
      basis: 'academic',
    },
    {
      id: 'qila.grade',
      label: 'Grade',
      value: { min: 7, max: 12 },
      unit: '% Sb',
      asOf: '1974',
      sourceIds: ['src-b'],
      confidence: 'A',
      basis: 'academic',
      note: 'vein',
    },
    {
      id: 'qila.tonnage',
      label: 'Tonnage',
      value: null,
      unverified: true,
      unit: 'Mt',
      asOf: '2026-03',
      sourceIds: ['nope'],
      confidence: 'C',
      basis: 'press-report',
    },
  ],
});

describe('deposit export rows', () => {
  it('has a value for every declared column', () => {
    const row = depositExportRow(sb, lookupTestSource);
    expect(Object.keys(row).sort()).toEqual(DEPOSIT_COLUMNS.map((c) => c.key).sort());
    expect(Object.keys(fieldExportRows(sb, lookupTestSource)[0]!).sort()).toEqual(
      FIELD_COLUMNS.map((c) => c.key).sort(),
    );
  });

  it("names the size figure's sources with publisher, URL, as-of and confidence", () => {
    const row = depositExportRow(sb, lookupTestSource);
    expect(row).toMatchObject({
      name: 'Qila Abdullah antimony',
      minerals: 'Antimony (Sb)',
      sizeLabel: 'Ore estimate: 0.03 Mt',
      sizeValue: 0.026,
      sizeUnit: 'Mt',
      sizeAsOf: '1974',
      sizeConfidence: 'A',
      sizeSource: 'USGS; Dawn (2025-04-08)',
      sizeSourceUrl: 'https://www.usgs.gov/x; https://www.dawn.com/news/1',
      location: 'Approximate: approx. (not sourced)',
      lat: 30.8,
      origin: 'Bundled dataset',
      latestAsOf: '2026-03',
    });
  });

  it('lists every cited source once, naming unknown ids instead of dropping them', () => {
    const row = depositExportRow(sb, lookupTestSource);
    expect(row.sources).toBe('A blog; USGS; Dawn (2025-04-08); unknown source "nope"');
    expect(row.sourceUrls).toBe('https://www.usgs.gov/x; https://www.dawn.com/news/1');
    expect(depositSourceIds(sb)).toEqual(['src-c', 'src-b', 'src-a', 'src-b', 'nope']);
  });

  it('labels user data, missing locations and sizes that are not comparable', () => {
    const d = makeDeposit({ id: 'u', origin: 'user', packName: 'Field team', location: null, size: null });
    expect(depositExportRow(d, lookupTestSource)).toMatchObject({
      origin: 'User data: Field team',
      location: 'No map location',
      lat: null,
      sizeLabel: 'Not comparable',
      sizeSource: null,
      sources: '',
    });
  });

  it('writes one row per field with its provenance, marking unverified items', () => {
    const rows = fieldExportRows(sb, lookupTestSource);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({
      field: 'Grade',
      value: '7–12% Sb',
      number: null,
      asOf: '1974',
      confidence: 'A',
      source: 'USGS',
      sourceUrl: 'https://www.usgs.gov/x',
      note: 'vein',
    });
    expect(rows[2]).toMatchObject({ value: 'Unverified', basis: 'unverified' });
  });
});

// Why: an exported table leaves the app, so it must carry its provenance with it: every row names the
// publisher and URL of its sources, the as-of date and the confidence grade, exactly as the app shows them.
// Pure, so the CSV/XLSX rows can be tested without main or a dialog.
import { formatFigureValue } from '../format/figures';
import type { Deposit } from '../model/dataset';
import type { Figure, Source } from '../model/sourced';
import { GROUP_LABEL, mineralName, STAGE_LABEL } from './labels';

export interface ExportColumn {
  key: string;
  header: string;
  unit?: string;
}
export type ExportRow = Record<string, string | number | null>;
export type SourceLookup = (id: string) => Source | undefined;

export const DEPOSIT_COLUMNS: ExportColumn[] = [
  { key: 'id', header: 'Deposit id' },
  { key: 'name', header: 'Name' },
  { key: 'minerals', header: 'Minerals' },
  { key: 'group', header: 'Mineral group' },
  { key: 'critical', header: 'Critical mineral' },
  { key: 'province', header: 'Province' },
  { key: 'district', header: 'District' },
  { key: 'lat', header: 'Latitude', unit: '°N' },
  { key: 'lon', header: 'Longitude', unit: '°E' },
  { key: 'location', header: 'Location precision' },
  { key: 'stage', header: 'Stage' },
  { key: 'stageDetail', header: 'Stage detail' },
  { key: 'grades', header: 'Overall confidence' },
  { key: 'sizeLabel', header: 'Key size figure' },
  { key: 'sizeValue', header: 'Size (map marker)' },
  { key: 'sizeUnit', header: 'Size unit' },
  { key: 'sizeAsOf', header: 'Size as of' },
  { key: 'sizeConfidence', header: 'Size confidence' },
  { key: 'sizeSource', header: 'Size source (publisher)' },
  { key: 'sizeSourceUrl', header: 'Size source URL' },
  { key: 'sources', header: 'All sources (publisher)' },
  { key: 'sourceUrls', header: 'All source URLs' },
  { key: 'latestAsOf', header: 'Latest as-of of any field' },
  { key: 'origin', header: 'Data origin' },
];

export const FIELD_COLUMNS: ExportColumn[] = [
  { key: 'depositId', header: 'Deposit id' },
  { key: 'deposit', header: 'Deposit' },
  { key: 'field', header: 'Field' },
  { key: 'value', header: 'Value (as shown)' },
  { key: 'number', header: 'Numeric value' },
  { key: 'unit', header: 'Unit' },
  { key: 'asOf', header: 'As of' },
  { key: 'confidence', header: 'Confidence' },
  { key: 'basis', header: 'Basis' },
  { key: 'source', header: 'Source (publisher)' },
  { key: 'sourceUrl', header: 'Source URL' },
  { key: 'note', header: 'Note' },
];

/** The cited sources, in citation order, each once; unknown ids are named rather than dropped. */
function resolve(ids: readonly string[], lookup: SourceLookup): { publishers: string[]; urls: string[] } {
  const publishers: string[] = [];
  const urls: string[] = [];
  for (const id of new Set(ids)) {
    const s = lookup(id);
    const name = s ? `${s.publisher}${s.date ? ` (${s.date})` : ''}` : `unknown source "${id}"`;
    if (!publishers.includes(name)) publishers.push(name);
    if (s?.url && !urls.includes(s.url)) urls.push(s.url);
  }
  return { publishers, urls };
}

/** Every source id a deposit cites, in the order a reader meets them on its profile. */
export function depositSourceIds(d: Deposit): string[] {
  return [
    ...(d.location?.sourceIds ?? []),
    ...d.fields.flatMap((f) => f.sourceIds),
    ...d.ownership.flatMap((o) => o.sourceIds),
    ...d.series.flatMap((s) => s.points.flatMap((p) => p.sourceIds)),
    ...d.contested.flatMap((c) => c.readings.flatMap((r) => r.sourceIds)),
    ...d.financing.flatMap((f) => f.sourceIds),
    ...d.statusNotes.flatMap((n) => n.sourceIds),
  ];
}

function latestAsOf(d: Deposit): string | null {
  const dates = d.fields.map((f) => f.asOf).sort();
  return dates.at(-1) ?? null;
}

export function sizeFigure(d: Deposit): Figure | undefined {
  return d.size ? d.fields.find((f) => f.id === d.size!.figureId) : undefined;
}

export function depositExportRow(d: Deposit, lookup: SourceLookup): ExportRow {
  const fig = sizeFigure(d);
  const sizeSrc = fig ? resolve(fig.sourceIds, lookup) : null;
  const all = resolve(depositSourceIds(d), lookup);
  return {
    id: d.id,
    name: d.name,
    minerals: d.minerals.map(mineralName).join('; '),
    group: GROUP_LABEL[d.mineralGroup],
    critical: d.critical ? 'Yes' : 'No',
    province: d.province,
    district: d.district,
    lat: d.location?.lat ?? null,
    lon: d.location?.lon ?? null,
    location: d.location
      ? d.location.approximate
        ? `Approximate: ${d.location.precision}`
        : d.location.precision
      : 'No map location',
    stage: STAGE_LABEL[d.stage],
    stageDetail: d.stageDetail,
    grades: d.confidence.join(', '),
    sizeLabel: fig ? `${fig.label}: ${formatFigureValue(fig)}` : d.size ? null : 'Not comparable',
    sizeValue: d.size?.value ?? null,
    sizeUnit: d.size?.unit ?? null,
    sizeAsOf: fig?.asOf ?? null,
    sizeConfidence: fig?.confidence ?? null,
    sizeSource: sizeSrc ? sizeSrc.publishers.join('; ') : null,
    sizeSourceUrl: sizeSrc ? sizeSrc.urls.join('; ') : null,
    sources: all.publishers.join('; '),
    sourceUrls: all.urls.join('; '),
    latestAsOf: latestAsOf(d),
    origin: d.origin === 'user' ? `User data: ${d.packName ?? 'data pack'}` : 'Bundled dataset',
  };
}

export function fieldExportRows(d: Deposit, lookup: SourceLookup): ExportRow[] {
  return d.fields.map((f) => {
    const src = resolve(f.sourceIds, lookup);
    return {
      depositId: d.id,
      deposit: d.name,
      field: f.label,
      value: formatFigureValue(f),
      number: typeof f.value === 'number' ? f.value : null,
      unit: f.unit || null,
      asOf: f.asOf,
      confidence: f.confidence,
      basis: f.unverified ? 'unverified' : f.basis,
      source: src.publishers.join('; '),
      sourceUrl: src.urls.join('; '),
      note: f.note ?? null,
    };
  });
}

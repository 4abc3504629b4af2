// Why: trust is the product. Every bundled edition file must validate, cite only sources it lists, keep UNVERIFIED
// items empty and never headline a [C] figure; the mid-2026 merge log must account for every supplement row. The
// counts a reviewer asks for (sources, figures, deposits, disagreeing sets, UNVERIFIED items, rows merged / skipped /
// left UNVERIFIED) are printed so they can be read off a test run.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Dataset } from '../model/dataset';
import { EditionSchema, type Edition } from '../model/edition';
import { citedSourceIds } from '../edition/consistency';
import {
  activeEdition,
  bundledEdition,
  bundledEditions,
  collectContested,
  collectFigures,
  parseEditionFile,
} from './index';

const EDITIONS = fileURLToPath(new URL('./editions/', import.meta.url));
const editionFiles = readdirSync(EDITIONS).filter((f) => /^\d{4}-\d{2}(-[a-z0-9]+)?\.json$/.test(f));
const read = (file: string): unknown => JSON.parse(readFileSync(EDITIONS + file, 'utf8'));

/** The counts printed for each edition. */
function counts(d: Dataset) {
  const figures = collectFigures(d);
  return {
    sources: d.sources.length,
    figures: figures.length,
    deposits: d.deposits.length,
    disagreeingSets: collectContested(d).length,
    unverified: figures.filter((f) => f.unverified).length + d.unverified.length,
    withHistory: figures.filter((f) => (f.history ?? []).length > 0).length,
  };
}

describe('edition files', () => {
  it.each(editionFiles)('%s validates and is named after its id', (file) => {
    const edition = EditionSchema.parse(read(file));
    expect(`${edition.meta.id}.json`).toBe(file);
  });

  it('bundles every edition file, oldest first, each revising the one before', () => {
    expect(bundledEditions.map((e) => `${e.meta.id}.json`)).toEqual([...editionFiles].sort());
    bundledEditions.forEach((e, i) => expect(e.meta.previousId).toBe(i === 0 ? null : bundledEditions[i - 1]!.meta.id));
    expect(bundledEdition.meta.id).toBe('2026-06');
    expect(activeEdition()).toBe(bundledEdition);
  });

  it('refuses a damaged edition naming the file and the field', () => {
    const bad = read('2026-06.json') as { dataset: { headline: Array<{ confidence: string }> } };
    bad.dataset.headline[0]!.confidence = 'Z';
    expect(() => parseEditionFile('broken.json', bad)).toThrow(/broken\.json.*dataset\.headline\.0\.confidence/);
  });

  it('refuses a figure whose history is newer than its value', () => {
    const bad = read('2026-06.json') as Edition;
    const f = bad.dataset.deposits.flatMap((d) => d.fields).find((x) => x.id === 'reko-diq.phase1-total-cost')!;
    f.history![0]!.asOf = '2026-01';
    expect(() => parseEditionFile('history.json', bad)).toThrow(/history\.json.*history/);
  });
});

describe.each(bundledEditions.map((e) => [e.meta.id, e] as const))('edition %s', (id, edition) => {
  const d = edition.dataset;
  const figures = collectFigures(d);

  it('prints its counts', () => {
    const c = counts(d);
    console.log(`[dataset] edition ${id}: ${JSON.stringify(c)}`);
    expect(c.sources).toBeGreaterThan(100);
  });

  it('resolves every cited source id, and cites every source at least once', () => {
    const cited = citedSourceIds(d, 'dataset');
    const ids = new Set(d.sources.map((s) => s.id));
    expect(cited.filter((c) => !ids.has(c.id))).toEqual([]);
    const citedIds = new Set(cited.map((c) => c.id));
    expect(d.sources.filter((s) => !citedIds.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('has unique ids for sources, source URLs, figures, contested sets, deposits and milestones', () => {
    const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);
    expect(dupes(d.sources.map((s) => s.id))).toEqual([]);
    expect(dupes(d.sources.flatMap((s) => (s.url ? [s.url] : [])))).toEqual([]);
    expect(dupes(figures.map((f) => f.id))).toEqual([]);
    expect(dupes(collectContested(d).map((c) => c.id))).toEqual([]);
    expect(dupes(d.deposits.map((x) => x.id))).toEqual([]);
    expect(dupes(d.milestones.map((x) => x.id))).toEqual([]);
  });

  it('gives mirrored sources a URL to show as "retrieved from"', () => {
    for (const s of d.sources.filter((x) => x.isMirror)) expect(s.url, s.id).toBeDefined();
  });

  it('keeps UNVERIFIED figures empty, and only them', () => {
    for (const f of figures) expect(f.value === null, f.id).toBe(f.unverified);
  });

  it('never makes a [C] figure a headline figure, and grades every assumption C', () => {
    expect(d.headline.filter((f) => f.confidence === 'C').map((f) => f.id)).toEqual([]);
    for (const f of figures.filter((x) => x.basis === 'assumption')) expect(f.confidence, f.id).toBe('C');
  });

  it('marks every coordinate it gives approximate', () => {
    for (const dep of d.deposits) if (dep.location) expect(dep.location.approximate, dep.id).toBe(true);
  });

  it("keeps the timeline in date order and no dated item after the edition's as-of date", () => {
    const dates = d.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    const dated = [
      ...figures.map((f) => f.asOf),
      ...dates,
      ...d.deposits.flatMap((x) => x.statusNotes.map((n) => n.date)),
    ];
    expect(dated.filter((x) => x.slice(0, 10) > edition.meta.asOf)).toEqual([]);
  });
});

// The merge log of the mid-2026 edition: one entry per supplement row, with what became of it.
const TargetSchema = z
  .string()
  .regex(/^(figure|contested|deposit|milestone|policy|unverified|timeline|status|financing):.+$/);
const MergeLogSchema = z.object({
  schemaVersion: z.literal(1),
  edition: z.string(),
  supplement: z.string(),
  rows: z.array(
    z.object({
      row: z.string().regex(/^(RD|US|PO|DP|MA|PR|SE)-\d{2}a?$/),
      kind: z.enum(['sourced', 'unverified', 'cross-reference']),
      outcome: z.enum(['merged', 'skipped', 'unverified']),
      targets: z.array(TargetSchema),
      verification: z.enum(['quote-confirmed', 'not-reopened', 'none']),
      confirmedAt: z.url().optional(),
      reason: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
});

/** Whether a merge-log target names something the edition holds. */
function resolves(d: Dataset, target: string): boolean {
  const [kind, rest] = [target.slice(0, target.indexOf(':')), target.slice(target.indexOf(':') + 1)];
  const [depId, at] = rest.split('@') as [string, string | undefined];
  switch (kind) {
    case 'figure':
      return collectFigures(d).some((f) => f.id === rest);
    case 'contested':
      return collectContested(d).some((c) => c.id === rest);
    case 'deposit':
      return d.deposits.some((x) => x.id === rest);
    case 'milestone':
      return d.milestones.some((x) => x.id === rest);
    case 'policy':
      return d.policies.some((x) => x.id === rest);
    case 'unverified':
      return d.unverified.some((x) => x.id === rest);
    case 'timeline':
      return d.timeline.some((x) => x.date === rest);
    case 'status':
      return d.deposits.some((x) => x.id === depId && x.statusNotes.some((n) => n.date === at));
    case 'financing':
      return d.deposits.some((x) => x.id === depId && x.financing.some((f) => f.lender === at));
    default:
      return false;
  }
}

describe('mid-2026 merge log', () => {
  const log = MergeLogSchema.parse(read('2026-06.merge-log.json'));
  const d = bundledEditions.find((e) => e.meta.id === log.edition)!.dataset;
  const by = (pred: (r: (typeof log.rows)[number]) => boolean) => log.rows.filter(pred);

  it('accounts for every supplement row once: 126 sourced, 5 UNVERIFIED, 1 cross-reference', () => {
    const ids = log.rows.map((r) => r.row);
    expect(ids.filter((x, i) => ids.indexOf(x) !== i)).toEqual([]);
    const sourced = by((r) => r.kind === 'sourced');
    expect(sourced).toHaveLength(126);
    const perSection = (p: string) => sourced.filter((r) => r.row.startsWith(p)).length;
    expect(['RD', 'US', 'PO', 'DP', 'MA', 'PR', 'SE'].map(perSection)).toEqual([42, 2, 27, 25, 9, 7, 14]);
    expect(
      by((r) => r.kind === 'unverified')
        .map((r) => r.row)
        .sort(),
    ).toEqual(['MA-10', 'PO-28', 'PR-08', 'SE-16', 'US-03']);
    expect(by((r) => r.kind === 'cross-reference').map((r) => r.row)).toEqual(['SE-15']);
  });

  it('points every merged or UNVERIFIED row at something the edition holds', () => {
    for (const r of by((x) => x.outcome !== 'skipped')) {
      expect(r.targets.length, r.row).toBeGreaterThan(0);
      for (const t of r.targets) expect(resolves(d, t), `${r.row} -> ${t}`).toBe(true);
    }
  });

  it('gives a reason for every skipped or UNVERIFIED row, and a URL for every confirmed quote', () => {
    for (const r of by((x) => x.outcome !== 'merged')) expect(r.reason, r.row).toBeTruthy();
    for (const r of by((x) => x.verification === 'quote-confirmed')) expect(r.confirmedAt, r.row).toBeTruthy();
  });

  it('keeps rows left UNVERIFIED free of numbers', () => {
    for (const r of by((x) => x.outcome === 'unverified')) {
      for (const t of r.targets.filter((x) => x.startsWith('figure:'))) {
        const f = collectFigures(d).find((x) => x.id === t.slice('figure:'.length));
        expect(f?.unverified, `${r.row} -> ${t}`).toBe(true);
      }
    }
  });

  it('prints the merge counts', () => {
    const n = (o: string) => by((r) => r.outcome === o).length;
    const sourced = by((r) => r.kind === 'sourced');
    const summary = {
      rows: log.rows.length,
      merged: n('merged'),
      skipped: n('skipped'),
      leftUnverified: n('unverified'),
      quoteConfirmed: by((r) => r.verification === 'quote-confirmed').length,
      sourcedRowsMerged: sourced.filter((r) => r.outcome === 'merged').length,
    };
    console.log(`[dataset] merge log ${log.edition}: ${JSON.stringify(summary)}`);
    for (const r of by((x) => x.outcome !== 'merged')) console.log(`[dataset]   ${r.row} ${r.outcome}: ${r.reason}`);
    expect(summary.merged + summary.skipped + summary.leftUnverified).toBe(log.rows.length);
    expect(summary.merged).toBeGreaterThan(90);
  });
});

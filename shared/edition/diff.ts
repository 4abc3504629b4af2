// Why: a reader of a new edition must see exactly what moved since the last one. This pure diff lists every
// figure, contested reading, deposit, source, UNVERIFIED item and dated record added, changed or removed
// between two datasets, old → new, each side with its own sources and dates, so nothing changes silently.
import type { Dataset } from '../model/dataset';
import type { ContestedFigure, Figure, Source } from '../model/sourced';
import { canonicalJson } from './file';

export const TOPICS = [
  'headline',
  'fiscal',
  'deposits',
  'prices',
  'roadmap',
  'risks',
  'policy',
  'timeline',
  'sources',
  'unverified',
] as const;
export type Topic = (typeof TOPICS)[number];

export type ItemKind =
  | 'figure'
  | 'reading'
  | 'contested-set'
  | 'deposit'
  | 'ownership'
  | 'financing'
  | 'status-note'
  | 'series-point'
  | 'price'
  | 'source'
  | 'milestone'
  | 'phase'
  | 'challenge'
  | 'policy'
  | 'timeline-event'
  | 'unverified';

/** One side (old or new) of a change, with the sources resolved in that side's own edition. */
export interface ChangeSide {
  /** Set for figures and contested readings: format it with the one figure formatter. */
  figure?: Figure;
  /** A plain-words summary for everything else. */
  text?: string;
  asOf?: string;
  sources: Source[];
}

export interface EditionChange {
  kind: 'added' | 'changed' | 'removed';
  item: ItemKind;
  topic: Topic;
  /** Stable key: the item kind and its id (or its date where a record has no id). */
  key: string;
  label: string;
  /** Where the item sits: the deposit's name, the price's commodity, the contested set's label. */
  context?: string;
  before?: ChangeSide;
  after?: ChangeSide;
  /** For "changed": the top-level fields that differ (value, asOf, sourceIds, stage, …). */
  fields: string[];
}

interface Entry {
  key: string;
  item: ItemKind;
  topic: Topic;
  label: string;
  context?: string;
  figure?: Figure;
  text?: string;
  asOf?: string;
  sourceIds: readonly string[];
  /** What is compared. */
  payload: Record<string, unknown>;
}

function figureEntry(f: Figure, topic: Topic, item: ItemKind = 'figure', context?: string): Entry {
  return {
    key: `${item}:${f.id}`,
    item,
    topic,
    label: f.label,
    context,
    figure: f,
    asOf: f.asOf,
    sourceIds: f.sourceIds,
    payload: f,
  };
}

/** A contested set as a whole (its label, note and which readings it holds), cited by its readings' sources. */
function contestedEntry(c: ContestedFigure, topic: Topic, context?: string): Entry {
  const sourceIds = [...new Set(c.readings.flatMap((r) => r.sourceIds))];
  // Readings added or removed are listed as readings of their own; the set changes only in its own words.
  const payload = { label: c.label, note: c.note };
  return {
    key: `contested-set:${c.id}`,
    item: 'contested-set',
    topic,
    label: c.label,
    context,
    text: c.note ?? c.label,
    sourceIds,
    payload,
  };
}

/**
 * Dated records without ids (status notes, timeline events) are keyed by date and their order on that date
 * ("2026-03-26", "2026-03-26#2"), so a reworded note reads as changed rather than as removed and added.
 */
function occurrenceKey(): (date: string) => string {
  const seen = new Map<string, number>();
  return (date) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return n === 1 ? date : `${date}#${n}`;
  };
}

/** Every comparable record in a dataset, keyed so the same record in two editions meets itself. */
function entries(d: Dataset): Entry[] {
  const out: Entry[] = [];
  out.push(...d.headline.map((f) => figureEntry(f, 'headline')));
  out.push(...d.fiscal.map((f) => figureEntry(f, 'fiscal')));
  for (const c of d.contested) {
    out.push(contestedEntry(c, 'headline'));
    out.push(...c.readings.map((r) => figureEntry(r, 'headline', 'reading', c.label)));
  }
  for (const dep of d.deposits) {
    const ctx = dep.name;
    const { fields, contested, financing, statusNotes, series, ownership, ...own } = dep;
    out.push({
      key: `deposit:${dep.id}`,
      item: 'deposit',
      topic: 'deposits',
      label: dep.name,
      context: ctx,
      text: `${dep.stageDetail} (${dep.district}, ${dep.province})`,
      sourceIds: dep.location?.sourceIds ?? [],
      payload: own,
    });
    out.push(...fields.map((f) => figureEntry(f, 'deposits', 'figure', ctx)));
    for (const c of contested) {
      out.push(contestedEntry(c, 'deposits', ctx));
      out.push(...c.readings.map((r) => figureEntry(r, 'deposits', 'reading', `${ctx}: ${c.label}`)));
    }
    for (const o of ownership) {
      out.push({
        key: `ownership:${dep.id}:${o.holder}`,
        item: 'ownership',
        topic: 'deposits',
        label: o.holder,
        context: ctx,
        text: `${o.holder} ${o.sharePct}%${o.note ? ` (${o.note})` : ''}`,
        sourceIds: o.sourceIds,
        payload: o,
      });
    }
    for (const f of financing) {
      out.push({
        key: `financing:${dep.id}:${f.lender}|${f.instrument}`,
        item: 'financing',
        topic: 'deposits',
        label: `${f.lender}: ${f.instrument}`,
        context: ctx,
        text: `${f.amountText} (${f.status})`,
        asOf: f.date,
        sourceIds: f.sourceIds,
        payload: f,
      });
    }
    const noteKey = occurrenceKey();
    for (const n of statusNotes) {
      out.push({
        key: `status-note:${dep.id}:${noteKey(n.date)}`,
        item: 'status-note',
        topic: 'deposits',
        label: n.text,
        context: ctx,
        text: n.text,
        asOf: n.date,
        sourceIds: n.sourceIds,
        payload: n,
      });
    }
    for (const s of series) {
      for (const p of s.points) {
        out.push({
          key: `series-point:${dep.id}:${s.id}:${p.year}`,
          item: 'series-point',
          topic: 'deposits',
          label: `${s.label}, ${p.year}`,
          context: ctx,
          text: `${p.value} ${s.unit}`,
          asOf: String(p.year),
          sourceIds: p.sourceIds,
          payload: { ...p, unit: s.unit },
        });
      }
    }
  }
  for (const p of d.prices) {
    out.push({
      key: `price:${p.id}`,
      item: 'price',
      topic: 'prices',
      label: p.commodity,
      text: p.commodity,
      sourceIds: [],
      payload: { commodity: p.commodity, reference: p.reference.id },
    });
    out.push(...[p.reference, ...p.others].map((f) => figureEntry(f, 'prices', 'figure', p.commodity)));
  }
  for (const s of d.sources) {
    out.push({
      key: `source:${s.id}`,
      item: 'source',
      topic: 'sources',
      label: s.title,
      context: s.publisher,
      text: `${s.publisher}, ${s.title}${s.url ? ` (${s.url})` : ''}`,
      asOf: s.date,
      sourceIds: [s.id],
      payload: s,
    });
  }
  for (const m of d.milestones) {
    out.push({
      key: `milestone:${m.id}`,
      item: 'milestone',
      topic: 'roadmap',
      label: m.label,
      text: m.detail,
      asOf: m.date,
      sourceIds: m.sourceIds,
      payload: m,
    });
  }
  for (const p of d.phases) {
    out.push({
      key: `phase:${p.id}`,
      item: 'phase',
      topic: 'roadmap',
      label: p.name,
      text: p.articleWording,
      sourceIds: p.sourceIds,
      payload: p,
    });
  }
  for (const c of d.challenges) {
    out.push({
      key: `challenge:${c.id}`,
      item: 'challenge',
      topic: 'risks',
      label: c.category,
      text: c.keyIssues,
      sourceIds: c.sourceIds,
      payload: c,
    });
  }
  for (const p of d.policies) {
    out.push({
      key: `policy:${p.id}`,
      item: 'policy',
      topic: 'policy',
      label: p.name,
      text: `${p.summary} (${p.status})`,
      asOf: p.date,
      sourceIds: p.sourceIds,
      payload: p,
    });
  }
  const eventKey = occurrenceKey();
  for (const e of d.timeline) {
    out.push({
      key: `timeline-event:${eventKey(e.date)}`,
      item: 'timeline-event',
      topic: 'timeline',
      label: e.text,
      text: e.text,
      asOf: e.date,
      sourceIds: e.sourceIds,
      payload: e,
    });
  }
  for (const u of d.unverified) {
    out.push({
      key: `unverified:${u.id}`,
      item: 'unverified',
      topic: 'unverified',
      label: u.text,
      text: u.text,
      sourceIds: [],
      payload: u,
    });
  }
  return out;
}

function side(e: Entry, sources: ReadonlyMap<string, Source>): ChangeSide {
  const resolved = e.sourceIds.flatMap((id) => (sources.has(id) ? [sources.get(id)!] : []));
  return { figure: e.figure, text: e.text, asOf: e.asOf, sources: resolved };
}

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => canonicalJson(a[k]) !== canonicalJson(b[k])).sort();
}

const TOPIC_ORDER = new Map<Topic, number>(TOPICS.map((t, i) => [t, i]));
const KIND_ORDER = { changed: 0, added: 1, removed: 2 } as const;

/** Every difference from `before` to `after`, ordered by topic, then where the item sits (a deposit before its parts). */
export function diffDatasets(before: Dataset, after: Dataset): EditionChange[] {
  const oldSources = new Map(before.sources.map((s) => [s.id, s]));
  const newSources = new Map(after.sources.map((s) => [s.id, s]));
  const oldEntries = new Map(entries(before).map((e) => [e.key, e]));
  const newEntries = new Map(entries(after).map((e) => [e.key, e]));
  const changes: EditionChange[] = [];
  for (const [key, n] of newEntries) {
    const o = oldEntries.get(key);
    const base = { item: n.item, topic: n.topic, key, label: n.label, context: n.context };
    if (!o) {
      changes.push({ ...base, kind: 'added', after: side(n, newSources), fields: [] });
      continue;
    }
    const fields = changedFields(o.payload, n.payload);
    if (fields.length > 0)
      changes.push({ ...base, kind: 'changed', before: side(o, oldSources), after: side(n, newSources), fields });
  }
  for (const [key, o] of oldEntries) {
    if (!newEntries.has(key)) {
      changes.push({
        item: o.item,
        topic: o.topic,
        key,
        label: o.label,
        context: o.context,
        kind: 'removed',
        before: side(o, oldSources),
        fields: [],
      });
    }
  }
  return changes.sort(
    (a, b) =>
      TOPIC_ORDER.get(a.topic)! - TOPIC_ORDER.get(b.topic)! ||
      (a.context ?? '').localeCompare(b.context ?? '') ||
      Number(b.item === 'deposit') - Number(a.item === 'deposit') ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.label.localeCompare(b.label),
  );
}

/** How many changes of each kind, for the view's summary line and the briefing section. */
export function countChanges(changes: readonly EditionChange[]): Record<EditionChange['kind'], number> {
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const c of changes) counts[c.kind] += 1;
  return counts;
}

export type Baseline<E> = { edition: E; substitute: boolean } | null;

/**
 * The edition to compare `active` with: the one it names as previous, when this app has it; for an imported
 * edition whose previous one is not here, the bundled edition (flagged as a substitute); otherwise none.
 */
export function baselineFor<E extends { meta: { id: string; previousId: string | null } }>(
  active: E,
  bundled: readonly E[],
): Baseline<E> {
  const named = bundled.find((e) => e.meta.id === active.meta.previousId && e.meta.id !== active.meta.id);
  if (named) return { edition: named, substitute: false };
  const newest = bundled[bundled.length - 1];
  if (active.meta.previousId !== null && newest && !bundled.includes(active) && newest.meta.id !== active.meta.id)
    return { edition: newest, substitute: true };
  return null;
}

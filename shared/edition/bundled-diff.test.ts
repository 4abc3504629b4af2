// Why: the "What changed" view must list what really moved between the two bundled editions. This list was
// checked by hand against editions/2026-03.json and 2026-06.json (and the fact-sheet supplement it merges):
// each entry is a change a reader of the March briefing needs to know about, with old → new values.
import { describe, expect, it } from 'vitest';
import { bundledEditions } from '../data';
import { countChanges, diffDatasets, type ChangeSide, type EditionChange } from './diff';

const [march, june] = bundledEditions;
const changes = diffDatasets(march!.dataset, june!.dataset);
const byKey = new Map(changes.map((c) => [c.key, c]));
const value = (s?: ChangeSide) => (s?.figure ? s.figure.value : undefined);

type Expected = [EditionChange['kind'], string, unknown?, unknown?];
const HAND_CHECKED: Expected[] = [
  // Reko Diq: cost, debt and rail finance revisions
  ['changed', 'figure:reko-diq.project-finance-size', 3, 3.5],
  ['changed', 'figure:reko-diq.rail-bridge-finance', 400, 390],
  ['added', 'figure:reko-diq.phase1-total-cost', undefined, 7.723],
  ['added', 'figure:reko-diq.phase1-capex-ecc', undefined, 5.8],
  ['added', 'figure:reko-diq.phase1-financing-contingency', undefined, 1.923],
  // the review extension and its reason; security cost (its amount stays UNVERIFIED)
  ['changed', 'status-note:reko-diq:2026-03-26'],
  ['added', 'figure:reko-diq.review-extension'],
  ['added', 'figure:reko-diq.security-cost'],
  ['added', 'figure:reko-diq.security-cost-amount', undefined, null],
  // port and export logistics; the first-export target; Barrick's corporate changes
  ['added', 'figure:reko-diq.export-port'],
  ['added', 'figure:reko-diq.first-export-target', undefined, 'Q1 2029'],
  ['added', 'status-note:reko-diq:2026-02-06'],
  ['added', 'status-note:reko-diq:2025-09'],
  // Manara's talks ending; provincial laws
  ['changed', 'policy:saudi-manara'],
  ['added', 'milestone:balochistan-act-suspended'],
  ['added', 'contested-set:contested.kp-royalty-increase'],
  // security events; macro
  ['added', 'contested-set:contested.balochistan-offensive-toll-2026'],
  ['added', 'figure:macro.gdp-growth-fy25', undefined, 3.18],
  ['added', 'figure:macro.mining-quarrying-growth-fy25', undefined, -3.4],
  // price records
  ['changed', 'figure:price.gold.record-spot-2025-12-26', 4549.71, 5589.38],
  ['added', 'figure:price.copper.record-2026-01-05', undefined, 13020],
  ['changed', 'figure:price.ndpr-oxide.usd-2025-12-31', 86, 107],
  // new licences and deposits with a location and a source
  ['added', 'deposit:tang-kaur'],
  ['added', 'deposit:zhob-antimony'],
  ['added', 'deposit:hamun-mashkel-lithium'],
  ['added', 'deposit:siah-dik'],
  // an UNVERIFIED figure of March that a source now settles
  ['changed', 'figure:chiniot-rajoa.capex', null, 1200],
  // new UNVERIFIED items
  ['added', 'unverified:security-jul-nov-2026'],
];

describe('diff between the bundled editions 2026-03 → 2026-06', () => {
  it('compares the two bundled editions, the newer naming the older as previous', () => {
    expect(march!.meta.id).toBe('2026-03');
    expect(june!.meta.previousId).toBe('2026-03');
  });

  it.each(HAND_CHECKED)('%s %s', (kind, key, before, after) => {
    const c = byKey.get(key);
    expect(c, key).toBeDefined();
    expect(c!.kind).toBe(kind);
    if (before !== undefined) expect(value(c!.before)).toEqual(before);
    if (after !== undefined) expect(value(c!.after)).toEqual(after);
    // Every side of every change carries its sources and a date where the record has one.
    for (const side of [c!.before, c!.after])
      if (side && c!.item !== 'unverified' && c!.item !== 'deposit')
        expect(side.sources.length, key).toBeGreaterThan(0);
  });

  it('names the sources of each side from its own edition', () => {
    const debt = byKey.get('figure:reko-diq.project-finance-size')!;
    expect(debt.before!.asOf).toBe('2025-06-17');
    expect(debt.after!.asOf).toBe('2025-09-18');
    expect(debt.after!.sources.every((s) => june!.dataset.sources.includes(s))).toBe(true);
  });

  it('prints its counts', () => {
    const counts = countChanges(changes);
    const byTopic = Object.fromEntries(
      [...new Set(changes.map((c) => c.topic))].map((t) => [t, changes.filter((c) => c.topic === t).length]),
    );
    console.log(`What changed 2026-03 → 2026-06: ${changes.length} changes`, counts, byTopic);
    expect(changes.length).toBeGreaterThanOrEqual(HAND_CHECKED.length);
  });
});

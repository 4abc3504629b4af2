// Why: the one entry point to the bundled dataset. It is validated against the schema once, at load, so every view,
// export and the scenario model read the same checked records; the lookups below are built from it once.
import { DatasetSchema } from '../model/dataset';
import type { Challenge, Dataset, Deposit, Price } from '../model/dataset';
import { EditionSchema, type Edition } from '../model/edition';
import type { ContestedFigure, Figure, Source } from '../model/sourced';
import { challenges } from './challenges';
import { deposits } from './deposits';
import { fiscal } from './fiscal';
import { contested, headline } from './headline';
import { policies } from './policies';
import { prices } from './prices';
import { milestones, phases } from './roadmap';
import { sources } from './sources';
import { timeline } from './timeline';
import { unverified } from './unverified';

const bundledDataset: Dataset = DatasetSchema.parse({
  compiledAsOf: '2026-03',
  sources,
  headline,
  contested,
  deposits,
  prices,
  fiscal,
  phases,
  milestones,
  challenges,
  policies,
  timeline,
  unverified,
});

/** Every contested set in a dataset: the country-level ones and those inside deposits. */
export function collectContested(d: Dataset): ContestedFigure[] {
  return [...d.contested, ...d.deposits.flatMap((dep) => dep.contested)];
}

/** Every single Figure in a dataset, wherever it sits (headline, fiscal, deposit fields, prices, contested readings). */
export function collectFigures(d: Dataset): Figure[] {
  return [
    ...d.headline,
    ...d.fiscal,
    ...d.deposits.flatMap((dep) => dep.fields),
    ...d.prices.flatMap((p) => [p.reference, ...p.others]),
    ...collectContested(d).flatMap((c) => c.readings),
  ];
}

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The edition built into this release. */
export const bundledEdition: Edition = EditionSchema.parse({
  schemaVersion: 1,
  meta: {
    id: '2026-03',
    publishedAt: '2026-03-31',
    asOf: '2026-03-31',
    previousId: null,
    publisher: 'Pakistan Minerals Briefing team',
  },
  dataset: bundledDataset,
});

// `dataset` and the indices are live bindings: setActiveEdition() swaps them, and every importer reads
// the new values. Code that derives values from the dataset at module load must be loaded after the
// active edition is chosen (the renderer sets it before it imports the app).
let active: Edition = bundledEdition;
export let dataset: Dataset = bundledEdition.dataset;
let sourceIndex = byId(dataset.sources);
let figureIndex = byId(collectFigures(dataset));
let contestedIndex = byId(collectContested(dataset));
let depositIndex = byId(dataset.deposits);
let challengeIndex = byId(dataset.challenges);
let priceIndex = byId(dataset.prices);

/** The edition every lookup below reads. */
export const activeEdition = (): Edition => active;

/** Makes `edition` the one every lookup reads. The edition must already be validated (EditionSchema). */
export function setActiveEdition(edition: Edition): void {
  active = edition;
  dataset = edition.dataset;
  sourceIndex = byId(dataset.sources);
  figureIndex = byId(collectFigures(dataset));
  contestedIndex = byId(collectContested(dataset));
  depositIndex = byId(dataset.deposits);
  challengeIndex = byId(dataset.challenges);
  priceIndex = byId(dataset.prices);
}

function required<T>(kind: string, id: string, value: T | undefined): T {
  if (value === undefined) throw new Error(`Bundled dataset has no ${kind} with id "${id}"`);
  return value;
}

export const sourceById = (id: string): Source | undefined => sourceIndex.get(id);
export const figureById = (id: string): Figure | undefined => figureIndex.get(id);
export const contestedById = (id: string): ContestedFigure | undefined => contestedIndex.get(id);
export const depositById = (id: string): Deposit | undefined => depositIndex.get(id);
export const challengeById = (id: string): Challenge | undefined => challengeIndex.get(id);
export const priceById = (id: string): Price | undefined => priceIndex.get(id);

export const getSource = (id: string): Source => required('source', id, sourceById(id));
export const getFigure = (id: string): Figure => required('figure', id, figureById(id));
export const getContested = (id: string): ContestedFigure => required('contested figure', id, contestedById(id));
export const getDeposit = (id: string): Deposit => required('deposit', id, depositById(id));
export const getChallenge = (id: string): Challenge => required('challenge', id, challengeById(id));
export const getPrice = (id: string): Price => required('price', id, priceById(id));

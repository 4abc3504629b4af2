// Why: the one entry point to the bundled data. The data lives in plain JSON edition files (editions/*.json) that
// analysts review in a diff; each is validated against EditionSchema once, at load, so every view, export and the
// scenario model read the same checked records. A bundled file that fails validation stops the app with the file
// and field named rather than showing unchecked figures.
import type { Challenge, Dataset, Deposit, Price } from '../model/dataset';
import { EditionSchema, type Edition } from '../model/edition';
import type { ContestedFigure, Figure, Source } from '../model/sourced';
import { describeIssues } from '../errors';
import edition202603 from './editions/2026-03.json';
import edition202606 from './editions/2026-06.json';

/** Validates one edition file's content; the error names the file and the failing fields. */
export function parseEditionFile(fileName: string, content: unknown): Edition {
  const parsed = EditionSchema.safeParse(content);
  if (!parsed.success) {
    throw new Error(
      `Data edition ${fileName} is invalid: ${describeIssues(parsed.error.issues)}. Fix or replace the file.`,
    );
  }
  return parsed.data;
}

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

function collectPriceFigureIds(d: Dataset): ReadonlySet<string> {
  return new Set(d.prices.flatMap((p) => [p.reference.id, ...p.others.map((f) => f.id)]));
}

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The editions built into this release, oldest first. */
export const bundledEditions: readonly Edition[] = [
  parseEditionFile('2026-03.json', edition202603),
  parseEditionFile('2026-06.json', edition202606),
];

/** The edition built into this release: the newest bundled one. */
export const bundledEdition: Edition = bundledEditions[bundledEditions.length - 1]!;

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
let priceFigureIds = collectPriceFigureIds(dataset);

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
  priceFigureIds = collectPriceFigureIds(dataset);
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
/** True for a figure that is a commodity price reading (these are the ones flagged when older than 90 days). */
export const isPriceFigureId = (id: string): boolean => priceFigureIds.has(id);

export const getSource = (id: string): Source => required('source', id, sourceById(id));
export const getFigure = (id: string): Figure => required('figure', id, figureById(id));
export const getContested = (id: string): ContestedFigure => required('contested figure', id, contestedById(id));
export const getDeposit = (id: string): Deposit => required('deposit', id, depositById(id));
export const getChallenge = (id: string): Challenge => required('challenge', id, challengeById(id));
export const getPrice = (id: string): Price => required('price', id, priceById(id));

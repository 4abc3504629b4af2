// Why: the ONE description of how a briefing gets printed, shared by main (the print loop both hosts use),
// the print route in the renderer and the router: where the print surface is pointed (route), what it
// receives (the job, with a complete snapshot of everything the document shows), how it says it has laid
// the document out (a report to main, not a flag main polls) and how long each step may take.
import { z } from 'zod';
import { BriefingSpecSchema } from '../briefing/spec';
import { DepositSchema } from '../model/dataset';
import { SourceSchema } from '../model/sourced';
import { SettingsSchema } from '../settings/schema';
import { RiskScoresSchema } from '../risks/scores';
import { RoadmapStateSchema } from '../roadmap/state';
import { ScenarioFileSchema } from '../workspace/scenario-file';

/** Chosen by the renderer so it can cancel and match progress events before the export call returns. */
export const JobIdSchema = z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8–64 letters, digits or dashes');
/** Names one print surface (hidden window or page) while it waits, warm, for a job. */
export const SurfaceIdSchema = z.string().regex(/^[A-Za-z0-9-]{4,64}$/, 'must be 4–64 letters, digits or dashes');

// ── Route ────────────────────────────────────────────────────────────────────────────────────────────────
/** The router's view name for the print route. */
export const PRINT_VIEW = 'print';

/** The print route for one job: the print surface renders that job's document alone. */
export function printJobHash(jobId: string): string {
  return `#/${PRINT_VIEW}/${encodeURIComponent(jobId)}`;
}

/** The print route with no job: the print code loaded and idle, so the next job only switches the route. */
export function printIdleHash(surfaceId: string): string {
  return `#/${PRINT_VIEW}?surface=${encodeURIComponent(surfaceId)}`;
}

export type PrintRouteTarget = { kind: 'job'; jobId: string } | { kind: 'idle'; surfaceId: string };

/** Reads the print route's segments and query (as the router splits them) back into what it asks for. */
export function parsePrintRoute(
  segments: readonly string[],
  params: { get(name: string): string | null },
): PrintRouteTarget {
  const jobId = segments[0] ?? '';
  if (jobId) return { kind: 'job', jobId };
  return { kind: 'idle', surfaceId: params.get('surface') ?? '' };
}

// ── Job ──────────────────────────────────────────────────────────────────────────────────────────────────
/** A scenario file as frozen for the job: its validated content, or why it could not be read. */
export const ScenarioFileSnapshotSchema = z.object({
  name: z.string(),
  content: ScenarioFileSchema.optional(),
  problem: z.string().optional(),
});
export type ScenarioFileSnapshot = z.infer<typeof ScenarioFileSnapshotSchema>;

/**
 * Everything a briefing document shows besides its spec, frozen when Export is pressed, so the PDF is
 * exactly that state even if the user edits the roadmap or a scenario while it prints. A new input the
 * document reads (e.g. the data edition) is one more field here, and the print route reads nothing else.
 */
export const PrintSnapshotSchema = z.object({
  /** The workspace scenario files the spec names (presets are rebuilt from the bundled data). */
  scenarioFiles: z.array(ScenarioFileSnapshotSchema),
  roadmap: RoadmapStateSchema,
  riskScores: RiskScoresSchema,
  /** Deposits and sources added by the workspace's data packs (the bundled dataset ships with the app). */
  dataPacks: z.object({ deposits: z.array(DepositSchema), sources: z.array(SourceSchema) }),
  /** Number grouping and the other preferences the figures are formatted with. */
  settings: SettingsSchema,
  /** The data edition the window showed ('bundled' or the imported file's sha256); main checks it is still the active one. */
  editionKey: z.string().min(1).default('bundled'),
});
export type PrintSnapshot = z.output<typeof PrintSnapshotSchema>;
export type PrintSnapshotInput = z.input<typeof PrintSnapshotSchema>;

/** What is printed from the spec: the briefing document (the default), or the talk's slides (16:9, one slide a page). */
export const PrintLayoutSchema = z.enum(['document', 'deck']);
export type PrintLayout = z.infer<typeof PrintLayoutSchema>;

export const PrintJobSchema = z.object({
  jobId: JobIdSchema,
  spec: BriefingSpecSchema,
  snapshot: PrintSnapshotSchema,
  layout: PrintLayoutSchema.optional(),
});
export type PrintJob = z.output<typeof PrintJobSchema>;

// ── Readiness ────────────────────────────────────────────────────────────────────────────────────────────
/**
 * What the print route reports to main: idle (a warm surface has loaded), ready (fonts, charts and map
 * are drawn: print now) or failed (nothing will be printed; the message says why).
 */
export const PrintReportSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle'), surfaceId: SurfaceIdSchema }),
  z.object({ state: z.literal('ready'), jobId: JobIdSchema }),
  z.object({ state: z.literal('failed'), jobId: JobIdSchema, message: z.string().max(300) }),
]);
export type PrintReport = z.infer<typeof PrintReportSchema>;

/** The key main waits on for a report: a job's id, or an idle surface's. */
export function printReportKey(report: PrintReport): string {
  return report.state === 'idle' ? idleReportKey(report.surfaceId) : report.jobId;
}
export function idleReportKey(surfaceId: string): string {
  return `idle:${surfaceId}`;
}

// ── Timeouts ─────────────────────────────────────────────────────────────────────────────────────────────
/** How long the print route may take to report (loading the app included) before the export fails. */
export const PRINT_READY_TIMEOUT_MS = 30_000;
/** How long the route waits for charts and the map to draw before it reports a failure. */
export const PRINT_LAYOUT_TIMEOUT_MS = 10_000;
/**
 * The time one data-pack deposit adds: each is a table row and a map marker in the document. Measured on the
 * maximal briefing (5,000 pack deposits, 302 pages) on a 2-core machine shared by 8 builds (load 20+): the route
 * took ~30 s from mount to its ready report (rendering ~20 s, fonts and layout ~8 s) where the default briefing
 * takes ~2 s; allowing three times that keeps the limit a detector of a stuck route, not a race.
 */
const READY_MS_PER_PACK_DEPOSIT = 18;
const LAYOUT_MS_PER_PACK_DEPOSIT = 6;

/** The limits for one job: the fixed ones, plus the real work its data-pack deposits add. */
export function printTimeouts(snapshot: Pick<PrintSnapshot, 'dataPacks'>): { readyMs: number; layoutMs: number } {
  const rows = snapshot.dataPacks.deposits.length;
  return {
    readyMs: PRINT_READY_TIMEOUT_MS + rows * READY_MS_PER_PACK_DEPOSIT,
    layoutMs: PRINT_LAYOUT_TIMEOUT_MS + rows * LAYOUT_MS_PER_PACK_DEPOSIT,
  };
}
/** How long a warm print surface is kept for the next export before it is closed. */
export const PRINT_SURFACE_IDLE_MS = 60_000;

// Why: the single source of truth for every message between renderer and main. Main validates
// inputs against it, the preload builds the renderer's API from its keys, and both sides share the types.
import { z } from 'zod';
import { DepositSchema } from '../model/dataset';
import { SourceSchema } from '../model/sourced';
import { ScenarioFileSchema } from '../workspace/scenario-file';
import { SettingsPatchSchema, SettingsSchema } from '../settings/schema';
import { JobIdSchema, PrintJobSchema, PrintReportSchema } from '../print/protocol';
import { ActiveEditionSchema, TrustedPublisherViewSchema } from '../edition/active';
import { TrustedPublisherSchema } from '../edition/schemas';
import {
  DialogAnswerSchema,
  DialogIdSchema,
  FileDialogRequestSchema,
  FolderListingSchema,
} from '../dialog/file-dialog';
import { DocKindSchema, FileEntrySchema, FileNameSchema, FileStemSchema, RevisionSchema } from '../workspace/files';
import { WorkspaceDocumentSchema } from '../workspace/kinds';

export const WorkspaceInfoSchema = z.object({
  dir: z.string(),
  isDefault: z.boolean(),
  folders: z.array(z.string()),
  damaged: z.array(z.object({ file: z.string(), message: z.string() })),
  sweptTempFiles: z.number().int(),
  /** Set when the folder could not be opened at start-up: the banner names it and the problem. */
  unopenable: z.object({ dir: z.string(), message: z.string() }).optional(),
});
export type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

const revision = RevisionSchema;
/** A read returns the kind's validated content (the renderer never re-parses it); see isDocumentOf. */
export const ReadResultSchema = z.object({ content: WorkspaceDocumentSchema, revision });
export const WriteResultSchema = z.object({ name: z.string(), revision });

/**
 * Functions a workbook formula may call: the scenario workbook's arithmetic only, so a formula can never reach outside
 * the file (no WEBSERVICE, HYPERLINK, INDIRECT, DDE).
 */
const FORMULA_FUNCTIONS = new Set(['SUM', 'NPV', 'IRR', 'MAX', 'MIN', 'IF', 'INDEX', 'ABS', 'SUMPRODUCT']);

/**
 * A live spreadsheet formula, a cell value of its own type (never a string that happens to start with "="), with the
 * value the app computed cached beside it so any reader shows a number before recalculating.
 */
export const FormulaCellSchema = z
  .object({ formula: z.string().min(1).max(4000), result: z.union([z.number(), z.string(), z.null()]) })
  .refine((f) => !f.formula.startsWith('=') && /^[A-Za-z0-9_$:.,+\-*/^()<>=!' ]+$/.test(f.formula), {
    message: 'a formula holds cell references, numbers, operators and brackets only, without a leading "="',
  })
  .refine(
    (f) =>
      [...f.formula.replace(/'[^']*'/g, '').matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)].every((m) =>
        FORMULA_FUNCTIONS.has(m[1]!.toUpperCase()),
      ),
    {
      message: `a formula may call only ${[...FORMULA_FUNCTIONS].join(', ')}`,
    },
  );
export type FormulaCell = z.infer<typeof FormulaCellSchema>;
const CellSchema = z.union([z.string(), z.number(), z.null(), FormulaCellSchema]);
/** Excel's own rules for a sheet name, checked here so a bad one is refused by name, not as a generic failure. */
const SheetNameSchema = z
  .string()
  .min(1, 'a sheet needs a name')
  .max(31, 'a sheet name may have at most 31 characters (an Excel limit)')
  .refine((n) => !/[[\]:*?/\\]/.test(n), 'a sheet name must not contain [ ] : * ? / or \\ (an Excel rule)')
  .refine((n) => !n.startsWith("'") && !n.endsWith("'"), "a sheet name must not start or end with ' (an Excel rule)");
const TableColumnSchema = z.object({ key: z.string(), header: z.string(), unit: z.string().optional() });
const TableRowSchema = z.record(z.string(), CellSchema);
/** Row limits keep an export from holding main for seconds: the main table, each extra sheet, extra sheets. */
export const TABLE_LIMITS = { rows: 100_000, extraSheetRows: 10_000, extraSheets: 12 } as const;

export const TableExportSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  suggestedName: FileStemSchema,
  sheetName: SheetNameSchema,
  columns: z.array(TableColumnSchema).min(1),
  rows: z.array(TableRowSchema).max(TABLE_LIMITS.rows, `at most ${TABLE_LIMITS.rows} rows can be exported`),
  /** Extra sheets (xlsx only), e.g. scenario inputs, cash flows, results. */
  extraSheets: z
    .array(
      z.object({
        name: SheetNameSchema,
        columns: z.array(TableColumnSchema),
        rows: z
          .array(TableRowSchema)
          .max(TABLE_LIMITS.extraSheetRows, `an extra sheet may hold at most ${TABLE_LIMITS.extraSheetRows} rows`),
      }),
    )
    .max(TABLE_LIMITS.extraSheets, `at most ${TABLE_LIMITS.extraSheets} extra sheets`)
    .default([]),
});
export type TableExport = z.input<typeof TableExportSchema>;

export const SavedFileSchema = z.object({ path: z.string(), bytes: z.number().int() }).nullable();

export const ExportStageSchema = z.enum([
  'preparing',
  'loading',
  'rendering',
  'printing',
  'finishing',
  'writing',
  'done',
  'cancelled',
  'failed',
]);
export const ExportedPdfSchema = z.object({ path: z.string(), bytes: z.number().int(), pages: z.number().int() });
export { JobIdSchema };
const exportedPath = z.object({ path: z.string().min(1).max(4096) });

export { SettingsPatchSchema, SettingsSchema, type Settings } from '../settings/schema';

const none = z.undefined();

export const contract = {
  'app:get-info': {
    input: none,
    output: z.object({ version: z.string(), platform: z.string(), offline: z.literal(true) }),
  },
  'settings:get': { input: none, output: SettingsSchema },
  'settings:update': { input: SettingsPatchSchema, output: SettingsSchema },
  'workspace:get-info': { input: none, output: WorkspaceInfoSchema },
  'workspace:choose-folder': { input: none, output: WorkspaceInfoSchema.nullable() },
  /** Switches to the default folder (Documents/Pakistan Minerals Briefing), e.g. when the saved one cannot be opened. */
  'workspace:use-default-folder': { input: none, output: WorkspaceInfoSchema },
  'workspace:list-files': { input: z.object({ kind: DocKindSchema }), output: z.array(FileEntrySchema) },
  'workspace:read-file': { input: z.object({ kind: DocKindSchema, name: FileNameSchema }), output: ReadResultSchema },
  'workspace:write-file': {
    input: z
      .object({
        kind: DocKindSchema,
        name: FileNameSchema,
        content: WorkspaceDocumentSchema,
        /** Revision the editor loaded; null for a new file. Omit to overwrite deliberately after a conflict. */
        expectedRevision: revision.nullable().optional(),
      })
      .refine((w) => w.content.kind === w.kind, {
        message: 'the content is not a document of this kind',
        path: ['content', 'kind'],
      }),
    output: WriteResultSchema,
  },
  'workspace:delete-file': {
    input: z.object({ kind: DocKindSchema, name: FileNameSchema }),
    output: z.object({ trashedAs: z.string() }),
  },
  'workspace:restore-file': {
    input: z.object({ kind: DocKindSchema, trashedAs: z.string().regex(/^[^/\\\0]+$/) }),
    output: WriteResultSchema,
  },
  'workspace:rename-file': {
    input: z.object({ kind: DocKindSchema, name: FileNameSchema, newName: FileNameSchema }),
    output: WriteResultSchema,
  },
  'data:load-packs': {
    input: none,
    output: z.object({
      deposits: z.array(DepositSchema),
      sources: z.array(SourceSchema),
      packs: z.array(z.object({ file: z.string(), name: z.string(), deposits: z.number().int() })),
      errors: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  },
  'export:save-table': { input: TableExportSchema, output: SavedFileSchema },
  /** Saves the open scenario as a .pmbscenario file to hand to someone outside the workspace. */
  'scenario:share-file': {
    input: z.object({ content: ScenarioFileSchema, suggestedName: z.string().min(1).max(120) }),
    output: SavedFileSchema,
  },
  /** Presentation mode fills the screen through the window (fullscreen is not granted to the page). */
  'window:set-fullscreen': { input: z.object({ on: z.boolean() }), output: z.object({ fullscreen: z.boolean() }) },
  /** Opens the presenter view (current and next slide, notes, timer) in a second app window for a second display. */
  'window:open-presenter': {
    input: z.object({
      hash: z
        .string()
        .max(2000)
        .regex(/^#\/present\?[A-Za-z0-9_.~%&=+:-]*$/, 'must be a #/present route'),
    }),
    output: z.object({ opened: z.boolean() }),
  },
  'shell:open-external': { input: z.object({ url: z.string().max(2048) }), output: z.object({ opened: z.boolean() }) },
  /** Saves the briefing as a PDF through the save dialog; null when the dialog is cancelled. */
  /** The job carries the snapshot taken when Export was pressed: the PDF shows exactly that state. */
  'briefing:export-pdf': { input: PrintJobSchema, output: ExportedPdfSchema.nullable() },
  /** The Briefing view opened: boot the hidden print surface now so the export itself is quick. */
  'briefing:prewarm': { input: none, output: z.object({ warmed: z.boolean() }) },
  'briefing:cancel-export': { input: z.object({ jobId: JobIdSchema }), output: z.object({ cancelled: z.boolean() }) },
  /** Asked by the print route (hidden print window) for the job it renders. */
  'print:get-job': { input: z.object({ jobId: JobIdSchema }), output: PrintJobSchema },
  /** The print route says it is idle, laid out (print now) or failed; main waits on this, never polls. */
  'print:report': { input: PrintReportSchema, output: z.object({ awaited: z.boolean() }) },
  /** Only paths this session exported are accepted. */
  'shell:open-path': { input: exportedPath, output: z.object({ opened: z.boolean() }) },
  'shell:show-in-folder': { input: exportedPath, output: z.object({ shown: z.boolean() }) },
  // Data editions: the workspace's active edition, importing one from a file, going back to the bundled one,
  // and this machine's trusted publishers (whose signatures name the signer).
  'edition:get-active': { input: none, output: ActiveEditionSchema },
  /** Opens a file dialog; null when it is cancelled. A refused file throws BAD_INPUT and changes nothing. */
  'edition:import-file': { input: none, output: ActiveEditionSchema.nullable() },
  'edition:use-bundled': { input: none, output: ActiveEditionSchema },
  'edition:list-trusted': { input: none, output: z.array(TrustedPublisherViewSchema) },
  'edition:trust-publisher': { input: TrustedPublisherSchema, output: z.array(TrustedPublisherViewSchema) },
  'edition:untrust-publisher': {
    input: TrustedPublisherSchema.pick({ publicKey: true }),
    output: z.array(TrustedPublisherViewSchema),
  },
  /** The in-app file dialog (hosts without system dialogs) lists a folder; only while that dialog is open. */
  'dialog:list-folder': {
    input: z.object({ id: DialogIdSchema, path: z.string().min(1).max(4096) }),
    output: FolderListingSchema,
  },
  /** The in-app file dialog's answer: the chosen path, or null for Cancel. */
  'dialog:answer': { input: DialogAnswerSchema, output: z.object({ accepted: z.boolean() }) },
} as const;

/** Main → renderer notifications. */
export const events = {
  'workspace:changed': z.object({
    kind: DocKindSchema,
    name: z.string(),
    change: z.enum(['add', 'change', 'unlink']),
    revision: revision.nullable(),
  }),
  /** A scenario file opened from outside (file association, command line, second instance). */
  'app:file-opened': z.union([
    z.object({ ok: z.literal(true), kind: z.literal('scenario'), name: z.string() }),
    z.object({ ok: z.literal(false), file: z.string(), message: z.string() }),
  ]),
  /** Main asks the app window to show its in-app save or choose-folder dialog. */
  'dialog:open': FileDialogRequestSchema,
  /** Stages of a PDF export, so the briefing view can show progress and offer Cancel. */
  'briefing:export-progress': z.object({
    jobId: JobIdSchema,
    stage: ExportStageSchema,
    percent: z.number().min(0).max(100),
  }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channels = Object.keys(contract) as Channel[];
export const eventNames = Object.keys(events) as EventName[];

/** The API the preload exposes as `window.briefing`. */
export interface BriefingApi {
  invoke<C extends Channel>(
    channel: C,
    input: ChannelInput<C>,
  ): Promise<import('./errors').IpcEnvelope<ChannelOutput<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

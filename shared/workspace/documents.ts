// Why: every workspace file is user-owned JSON that may come from an older or newer app, or be
// hand-edited by a colleague through a sync engine. One decoder handles versions and damage the same way
// for every kind, so no view ever sees an unvalidated file.
import { z } from 'zod';
import { AppError, describeIssues } from '../errors';

/** A numbered, pure step: takes the document at version N and returns it at version N+1. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

export interface DocumentKind<T = unknown> {
  kind: string;
  /** Workspace sub-folder that holds files of this kind. */
  dir: string;
  /** Human name used in messages: "scenario file", "data pack". */
  label: string;
  /** For single-file kinds that share a folder (state/roadmap.json, state/risk-scores.json). */
  fixedName?: string;
  currentVersion: number;
  /** migrations[i] upgrades schemaVersion i+1 to i+2. */
  migrations: readonly Migration[];
  schema: z.ZodType<T>;
}

const EnvelopeSchema = z.looseObject({ schemaVersion: z.number().int().positive() });

/** Editors on Windows (Notepad, some sync tools) start UTF-8 files with a byte-order mark; it is not content. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses file text into a current-version document.
 * Throws DAMAGED_FILE (with the file and field named) or NEWER_VERSION; never returns a half-valid value.
 */
export function decodeDocument<T>(kind: DocumentKind<T>, text: string, fileName: string): T {
  let raw: unknown;
  text = stripBom(text);
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const why = text.trim() === '' ? 'the file is empty' : `it is not valid JSON (${(err as Error).message})`;
    throw new AppError('DAMAGED_FILE', `${fileName} cannot be read: ${why}.`, { file: fileName });
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    throw new AppError(
      'DAMAGED_FILE',
      `${fileName} is not a ${kind.label}: ${describeIssues(envelope.error.issues)}.`,
      {
        file: fileName,
      },
    );
  }
  const version = envelope.data.schemaVersion;
  if (version > kind.currentVersion) {
    throw new AppError(
      'NEWER_VERSION',
      `${fileName} was written by a newer version of the app (schemaVersion ${version}; this version reads up to ${kind.currentVersion}). Update the app to open it. The file was left untouched.`,
      { file: fileName, schemaVersion: version, supported: kind.currentVersion },
    );
  }
  let doc: Record<string, unknown> = envelope.data;
  for (let v = version; v < kind.currentVersion; v++) {
    const step = kind.migrations[v - 1];
    if (!step) throw new AppError('INTERNAL', `No migration from ${kind.label} version ${v}.`);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  const parsed = kind.schema.safeParse(doc);
  if (!parsed.success) {
    throw new AppError('DAMAGED_FILE', `${fileName} has invalid content: ${describeIssues(parsed.error.issues)}.`, {
      file: fileName,
      issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    });
  }
  return parsed.data;
}

/** Stable, readable JSON with a trailing newline so files diff cleanly in Git. */
export function encodeDocument<T>(kind: DocumentKind<T>, doc: T, fileName: string): string {
  const parsed = kind.schema.safeParse(doc);
  if (!parsed.success) {
    throw new AppError('BAD_INPUT', `Refusing to save ${fileName}: ${describeIssues(parsed.error.issues)}.`, {
      file: fileName,
    });
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}

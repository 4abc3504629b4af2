// Why: an edition travels as one JSON file (from a colleague, on a USB stick). It is the edition itself, so
// analysts can review it in a diff, plus an optional ed25519 signature over its canonical JSON. This module
// reads such a file whole: JSON, schema, then consistency, and names the file and field of any problem.
import { describeIssues } from '../errors';
import { EditionSchema, type Edition } from '../model/edition';
import { editionProblems } from './consistency';
import { EditionSignatureSchema, type EditionSignature } from './schemas';

export const EditionFileSchema = EditionSchema.extend({ signature: EditionSignatureSchema.optional() });

/** The largest edition file accepted; the bundled editions are a small fraction of this. */
export const MAX_EDITION_FILE_BYTES = 20 * 1024 * 1024;

/** JSON with object keys sorted at every level and no whitespace: the bytes a signature covers. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a signature signs: the file as written, minus its signature, canonicalised. */
export function signedText(raw: Record<string, unknown>): string {
  const { signature: _omit, ...rest } = raw;
  return canonicalJson(rest);
}

export type ReadEditionFile =
  | { ok: true; edition: Edition; signature: EditionSignature | null; raw: Record<string, unknown> }
  | { ok: false; message: string };

/** Parses and checks an edition file's text whole. Nothing is applied here; a refusal names file and field. */
export function readEditionFile(fileName: string, text: string): ReadEditionFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `${fileName} is not valid JSON (${(err as Error).message}). Nothing was changed.` };
  }
  return checkEditionValue(fileName, raw);
}

/** The same checks on an already-parsed value (an edition kept in the workspace is re-checked on every load). */
export function checkEditionValue(fileName: string, raw: unknown): ReadEditionFile {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      message: `${fileName} is not a data edition: it must be a JSON object with schemaVersion, meta and dataset.`,
    };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > 1) {
    return {
      ok: false,
      message: `${fileName} is edition format ${version}, newer than this app reads (1). Update the app to use it.`,
    };
  }
  const parsed = EditionFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      message: `${fileName} is not a valid data edition: ${describeIssues(parsed.error.issues)}. Nothing was changed.`,
    };
  }
  const { signature, ...edition } = parsed.data;
  const problems = editionProblems(edition);
  if (problems.length > 0) {
    const list = problems
      .slice(0, 5)
      .map((p) => `${p.path} ${p.message}`)
      .join('; ');
    const more = problems.length > 5 ? ` (and ${problems.length - 5} more)` : '';
    return { ok: false, message: `${fileName} is not consistent: ${list}${more}. Nothing was changed.` };
  }
  return { ok: true, edition, signature: signature ?? null, raw: raw as Record<string, unknown> };
}

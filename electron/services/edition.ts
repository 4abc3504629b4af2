// Why: main owns the disk, so it owns which data edition is active. The active edition lives in the
// workspace (editions/active.json), so a team sharing a folder moves to a new edition together; the
// trusted-publishers list stays per machine (settings), so a shared folder cannot vouch for itself.
// An import is checked whole (JSON, schema, consistency, signature) before one atomic write; a refusal
// leaves everything as it was. Going back to the bundled edition keeps the record in editions/history/.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { checkEditionValue, MAX_EDITION_FILE_BYTES, readEditionFile } from '../../shared/edition/file';
import type { EditionSignature, SignerStatus, TrustedPublisher } from '../../shared/edition/schemas';
import type { ActiveEditionInfo } from '../../shared/edition/active';
import { AppError, describeIssues } from '../../shared/errors';
import { keyFingerprint, verifyEditionContent } from './edition-signature';
import { writeFileAtomic } from './workspace/atomic-write';

export const EDITIONS_DIR = 'editions';
const ACTIVE_FILE = 'active.json';
const HISTORY_DIR = 'history';

const ActiveRecordSchema = z.object({
  schemaVersion: z.literal(1),
  importedAt: z.string(),
  /** The path the file was imported from, as the user chose it. */
  importedFrom: z.string(),
  fileName: z.string(),
  /** Of the imported file's bytes, so a print job can tell which edition it belongs to. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  file: z.record(z.string(), z.unknown()),
});
type ActiveRecord = z.infer<typeof ActiveRecordSchema>;

export interface EditionServiceDeps {
  /** Read at call time: the workspace can be switched. */
  workspaceRoot(): string;
  trustedPublishers(): Promise<TrustedPublisher[]>;
  now?: () => Date;
}

const BUNDLED: ActiveEditionInfo = {
  edition: null,
  origin: { kind: 'bundled' },
  signer: { status: 'bundled' },
  problem: null,
};

export class EditionService {
  constructor(private readonly deps: EditionServiceDeps) {}

  private dir(): string {
    return path.join(this.deps.workspaceRoot(), EDITIONS_DIR);
  }

  private async signer(
    raw: Record<string, unknown>,
    signature: EditionSignature | null,
    fileName: string,
  ): Promise<SignerStatus> {
    if (!signature) return { status: 'unsigned' };
    if (!verifyEditionContent(raw, signature)) {
      throw new AppError(
        'BAD_INPUT',
        `${fileName} has a signature that does not match its content: it was changed after it was signed, or is damaged. Nothing was changed. Ask the publisher for a fresh copy.`,
        { file: fileName, field: 'signature' },
      );
    }
    const fingerprint = keyFingerprint(signature.publicKey);
    const trusted = (await this.deps.trustedPublishers()).find((p) => p.publicKey === signature.publicKey);
    return trusted
      ? { status: 'trusted', name: trusted.name, publicKey: signature.publicKey, fingerprint }
      : { status: 'unknown', publicKey: signature.publicKey, fingerprint };
  }

  /** The edition the workspace uses. A stored edition that fails any check is reported and the bundled one is used. */
  async active(): Promise<ActiveEditionInfo> {
    const file = path.join(this.dir(), ACTIVE_FILE);
    const text = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw new AppError(
        'IO_ERROR',
        `${EDITIONS_DIR}/${ACTIVE_FILE} could not be read (${err.code ?? 'read error'}); the bundled data edition is used.`,
      );
    });
    if (text === null) return BUNDLED;
    const problem = (message: string): ActiveEditionInfo => ({
      ...BUNDLED,
      problem: `${EDITIONS_DIR}/${ACTIVE_FILE}: ${message} The bundled data edition is used; the file was left as it is.`,
    });
    let record: ActiveRecord;
    try {
      const parsed = ActiveRecordSchema.safeParse(JSON.parse(text));
      if (!parsed.success) return problem(`${describeIssues(parsed.error.issues)}.`);
      record = parsed.data;
    } catch (err) {
      return problem(`not valid JSON (${(err as Error).message}).`);
    }
    const checked = checkEditionValue(record.fileName, record.file);
    if (!checked.ok) return problem(checked.message);
    try {
      const signer = await this.signer(record.file, checked.signature, record.fileName);
      const { file: _file, schemaVersion: _v, ...origin } = record;
      return { edition: checked.edition, origin: { kind: 'imported', ...origin }, signer, problem: null };
    } catch (err) {
      return problem((err as Error).message);
    }
  }

  /** Checks the file whole, then makes it the workspace's edition in one atomic write. Throws, changing nothing, if any check fails. */
  async import(filePath: string): Promise<ActiveEditionInfo> {
    const fileName = path.basename(filePath);
    const stat = await fs.stat(filePath).catch((err: NodeJS.ErrnoException) => {
      throw new AppError(
        'IO_ERROR',
        `${fileName} could not be opened (${err.code ?? 'read error'}). Nothing was changed.`,
        { file: fileName },
      );
    });
    if (stat.size > MAX_EDITION_FILE_BYTES) {
      throw new AppError(
        'BAD_INPUT',
        `${fileName} is ${Math.round(stat.size / 1048576)} MB, more than an edition file can be (20 MB). Nothing was changed.`,
        { file: fileName },
      );
    }
    const bytes = await fs.readFile(filePath);
    const checked = readEditionFile(fileName, bytes.toString('utf8'));
    if (!checked.ok) throw new AppError('BAD_INPUT', checked.message, { file: fileName });
    await this.signer(checked.raw, checked.signature, fileName);
    const record: ActiveRecord = {
      schemaVersion: 1,
      importedAt: (this.deps.now?.() ?? new Date()).toISOString(),
      importedFrom: path.resolve(filePath),
      fileName,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      file: checked.raw,
    };
    await fs.mkdir(this.dir(), { recursive: true });
    await this.keepHistory();
    await writeFileAtomic(path.join(this.dir(), ACTIVE_FILE), `${JSON.stringify(record, null, 2)}\n`);
    return this.active();
  }

  /** Back to the edition built into this release. The imported record moves to editions/history/. */
  async useBundled(): Promise<ActiveEditionInfo> {
    await this.keepHistory();
    return BUNDLED;
  }

  /** Moves the current active record aside (never deletes it): the workspace keeps where each edition came from. */
  private async keepHistory(): Promise<void> {
    const active = path.join(this.dir(), ACTIVE_FILE);
    const stamp = (this.deps.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    const history = path.join(this.dir(), HISTORY_DIR);
    await fs.mkdir(history, { recursive: true });
    await fs.rename(active, path.join(history, `${stamp}-replaced.json`)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT')
        throw new AppError(
          'IO_ERROR',
          `${EDITIONS_DIR}/${ACTIVE_FILE} could not be moved aside (${err.code}). Nothing was changed.`,
        );
    });
  }
}

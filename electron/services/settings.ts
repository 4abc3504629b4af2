// Why: a few preferences (workspace folder, language, theme) live outside the workspace, in the
// per-user app-data folder, because they belong to this machine rather than to a shared team folder.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SettingsSchema, type Settings } from '../../shared/settings/schema';
import { describeIssues } from '../../shared/errors';
import { TrustedPublisherSchema } from '../../shared/edition/schemas';
import { stripBom } from '../../shared/workspace/documents';
import { writeFileAtomic } from './workspace/atomic-write';

const StoredSettingsSchema = SettingsSchema.extend({
  schemaVersion: z.literal(1).default(1),
  workspaceDir: z.string().min(1).optional(),
  /** Publishers whose signed data editions this machine trusts (per machine: a shared folder cannot vouch for itself). */
  trustedPublishers: z.array(TrustedPublisherSchema).default([]),
  windowBounds: z
    .object({
      x: z.number(),
      y: z.number(),
      width: z.number().min(400),
      height: z.number().min(300),
      maximized: z.boolean(),
    })
    .optional(),
});
export type StoredSettings = z.infer<typeof StoredSettingsSchema>;

export class SettingsService {
  private cache: StoredSettings | null = null;
  /** Set when the settings file was unreadable; it is kept aside, not overwritten. */
  problem: string | null = null;
  private readOnly = false;

  constructor(private readonly file: string) {}

  async load(): Promise<StoredSettings> {
    if (this.cache) return this.cache;
    // Only a missing file means "no settings yet". Any other read error (an antivirus or sync lock) must not
    // lead to the real settings being overwritten with defaults on the next save.
    const text = await fs.readFile(this.file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') {
        this.problem = `${path.basename(this.file)} could not be read (${err.code ?? 'read error'}); defaults are used and it will not be overwritten`;
        this.readOnly = true;
      }
      return null;
    });
    let parsed: StoredSettings = StoredSettingsSchema.parse({});
    if (text !== null) {
      try {
        const result = StoredSettingsSchema.safeParse(JSON.parse(stripBom(text)));
        if (result.success) parsed = result.data;
        else this.problem = `${path.basename(this.file)}: ${describeIssues(result.error.issues)}`;
      } catch (err) {
        this.problem = `${path.basename(this.file)} is not valid JSON (${(err as Error).message})`;
      }
      if (this.problem) {
        // Keep the bad file for inspection rather than overwriting it with defaults.
        await fs.rename(this.file, `${this.file}.damaged-${Date.now()}`).catch(() => undefined);
      }
    }
    this.cache = parsed;
    return parsed;
  }

  async public(): Promise<Settings> {
    const s = await this.load();
    return SettingsSchema.parse({ language: s.language, theme: s.theme, pkrGrouping: s.pkrGrouping });
  }

  async update(patch: Partial<StoredSettings>): Promise<StoredSettings> {
    const next = StoredSettingsSchema.parse({ ...(await this.load()), ...patch });
    if (this.readOnly) {
      this.cache = next; // applies for this session; the unreadable file on disk is left alone
      return next;
    }
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.cache = next;
    return next;
  }
}

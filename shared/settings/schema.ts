// Why: the per-machine preferences are a domain type of their own: the settings service stores them, the
// contract carries them and a print job freezes them, so none of those modules may own the schema.
import { z } from 'zod';

const language = z.enum(['en', 'ur']);
const theme = z.enum(['system', 'light', 'dark']);
const pkrGrouping = z.enum(['international', 'lakh-crore']);

export const SettingsSchema = z.object({
  language: language.default('en'),
  theme: theme.default('system'),
  pkrGrouping: pkrGrouping.default('international'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A change to some settings. No defaults here: a patch must never reset the fields it does not name. */
export const SettingsPatchSchema = z
  .object({ language: language.optional(), theme: theme.optional(), pkrGrouping: pkrGrouping.optional() })
  .strict();

// Why: a workspace is shared through synced folders and network drives between Windows, macOS and Linux, so a
// file name must be valid and unambiguous on all of them. This is the one place that says which names are
// allowed (the contract and the store both check it), the one cleaner that turns a typed title into such a
// name, and the one copy-naming scheme ("name (2).json").

/** Longest file name the workspace accepts (well under every file system's 255-byte limit, even in UTF-8). */
export const MAX_FILE_NAME_LENGTH = 120;

// Device names Windows reserves in every folder, with or without an extension (CON.json is the console).
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\.|$)/i;
// C0/C1 control characters: newlines and tabs break listings, logs and shells.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// Bidirectional overrides and isolates can make "evil\u202Enosj.exe" display as another name.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Characters Windows refuses in names; ":" would also address an NTFS alternate data stream.
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/;

/** Why `name` is not an acceptable workspace file name, or null when it is. The sentence names the rule broken. */
export function fileNameProblem(name: string, extension = '.json'): string | null {
  if (name.length === 0) return 'a file name is needed';
  if (name.length > MAX_FILE_NAME_LENGTH) return `a file name may have at most ${MAX_FILE_NAME_LENGTH} characters`;
  if (name.includes('/') || name.includes('\\') || name === '.' || name === '..') {
    return 'must be a plain file name, not a path';
  }
  if (CONTROL.test(name)) return 'must not contain control characters (line breaks, tabs)';
  if (BIDI.test(name)) return 'must not contain right-to-left override or isolate characters';
  if (name.includes(':')) return 'must not contain ":" (it names a hidden alternate stream on Windows)';
  if (WINDOWS_FORBIDDEN.test(name)) return 'must not contain any of < > " | ? *';
  if (name.startsWith('.')) return 'must not start with a dot (hidden files are not listed)';
  if (name !== name.trim()) return 'must not start or end with a space';
  if (WINDOWS_RESERVED.test(name))
    return `"${name.split('.')[0]}" is a device name Windows reserves; choose another name`;
  if (!name.toLowerCase().endsWith(extension) || name.length === extension.length) return `must end in ${extension}`;
  const stem = name.slice(0, -extension.length);
  if (/[. ]$/.test(stem)) return 'must not end in a dot or space before the extension';
  return null;
}

/**
 * Turns free text (a scenario title, a received file's name) into a file-name stem that passes
 * {@link fileNameProblem}: letters of any script and digits kept, everything unsafe replaced by "-".
 */
export function cleanFileStem(text: string, fallback: string, max = 100): string {
  const stem = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N} _().,'&+-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .slice(0, max)
    .replace(/[.\s-]+$/, '');
  if (!stem) return fallback;
  return WINDOWS_RESERVED.test(stem) ? `${stem}-file` : stem;
}

/** A typed name as a workspace file name ("Reko Diq base" -> "Reko Diq base.json"). */
export function toFileName(text: string, fallback: string, extension = '.json'): string {
  const withoutExt = text.toLowerCase().endsWith(extension) ? text.slice(0, -extension.length) : text;
  return `${cleanFileStem(withoutExt, fallback)}${extension}`;
}

/** Letters, digits and dashes only, accents folded; for ids and URL-like names. Other scripts give `fallback`. */
export function slugify(text: string, fallback: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/**
 * The one copy-naming scheme, as file managers do it: "name.json" -> "name (2).json", "name (3).json"…;
 * a copy of "name (2).json" is numbered from the same base. Names already taken are skipped.
 */
export function copyName(name: string, taken: ReadonlySet<string>, extension = '.json'): string {
  const stem = name.toLowerCase().endsWith(extension) ? name.slice(0, -extension.length) : name;
  const base = stem.replace(/ \(\d+\)$/, '');
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})${extension}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The number copyName gave a file ("name (3).json" -> 3), for labelling the copy's title the same way. */
export function copyNumber(name: string): number | null {
  const m = / \((\d+)\)\.[^.]+$/.exec(name);
  return m ? Number(m[1]) : null;
}

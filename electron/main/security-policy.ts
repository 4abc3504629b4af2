// Why: Electron's security checklist as plain, testable rules. The Electron glue applies them to the
// session and web contents; tests check the rules themselves.
import { APP_ORIGIN } from './protocol/app-assets';

/**
 * The parsed, normalised form of an allowed link: what was checked is what the OS is handed, never the raw string
 * (which an opener could read differently). Null when the link is not allowed.
 */
export function externalUrl(raw: string): string | null {
  return isAllowedExternalUrl(raw) ? new URL(raw).href : null;
}

/** Source links may open in the system browser, but only plain web pages: no file:, javascript:, custom schemes or credentials. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname;
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return false;
  return raw.length <= 2048;
}

/** The app is fully offline: only its own scheme and in-memory data may be fetched. */
export function isAllowedRequest(raw: string, devServerOrigin?: string): boolean {
  if (
    raw.startsWith(`${APP_ORIGIN}/`) ||
    raw.startsWith('data:') ||
    raw.startsWith('blob:') ||
    raw.startsWith('devtools:')
  ) {
    return true;
  }
  return devServerOrigin !== undefined && (raw === devServerOrigin || raw.startsWith(`${devServerOrigin}/`));
}

/** Only the app's own top-level document may call main. */
export function isTrustedAppUrl(frameUrl: string | null | undefined, origin = APP_ORIGIN): boolean {
  if (!frameUrl) return false;
  try {
    const u = new URL(frameUrl);
    return `${u.protocol}//${u.host}` === origin;
  } catch {
    return false;
  }
}

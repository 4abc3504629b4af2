// Why: dates read one way everywhere: "2 Oct 2025", "Sep 2025" or "2019" at the precision the source gives,
// never 10/02/2025 or 12/1/2026; in Urdu the same order with the month named in Urdu. Times (a file's
// modification) add the local clock time: "1 Dec 2026, 09:53".
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type DateInput = string | number | Date;

const cache = new Map<string, Intl.DateTimeFormat>();
function monthName(locale: string, month0: number): string {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    cache.set(locale, f);
  }
  return f.format(new Date(Date.UTC(2000, month0, 15)));
}

const month = (locale: string, m0: number) => (locale.startsWith('en') ? MONTHS[m0]! : monthName(locale, m0));

/** The twelve month names exactly as formatDate writes them ("Jan" … "Dec"; Urdu "جنوری" …), for date fields. */
export const monthNames = (locale = 'en-GB'): string[] => MONTHS.map((_, m0) => month(locale, m0));

/** A calendar date from its parts as "YYYY-MM-DD", or null when no such day exists (31 Feb, day 0, year 99). */
export function isoDate(y: number, m0: number, day: number): string | null {
  if (![y, m0, day].every(Number.isInteger) || y < 1000 || y > 9999 || m0 < 0 || m0 > 11 || day < 1) return null;
  if (day > new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate()) return null;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(m0 + 1, 2)}-${pad(day, 2)}`;
}

/** Parts of a date at its own precision: "2025", "2025-09", "2025-10-02", a timestamp, a Date or epoch ms. */
function parts(d: DateInput): { y: number; m?: number; day?: number } | null {
  if (typeof d === 'string') {
    const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
    if (iso)
      return {
        y: Number(iso[1]),
        m: iso[2] ? Number(iso[2]) - 1 : undefined,
        day: iso[3] ? Number(iso[3]) : undefined,
      };
  }
  const date = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(date.getTime())) return null;
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), day: date.getUTCDate() };
}

/** "2 Oct 2025", "Sep 2025", "2019" (UTC calendar date; Urdu: "2 اکتوبر 2025"). Unreadable input is returned as is. */
export function formatDate(d: DateInput, locale = 'en-GB'): string {
  const p = parts(d);
  if (!p) return String(d);
  if (p.m === undefined) return String(p.y);
  const name = month(locale, p.m);
  return p.day === undefined ? `${name} ${p.y}` : `${p.day} ${name} ${p.y}`;
}

/** A moment in the user's own time zone: "1 Dec 2026, 09:53". */
export function formatDateTime(d: number | string | Date, locale = 'en-GB'): string {
  const date = d instanceof Date ? d : new Date(d);
  if (Number.isNaN(date.getTime())) return String(d);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getDate()} ${month(locale, date.getMonth())} ${date.getFullYear()}`;
  return `${day}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

// Why: specs read amounts back from the screen the way a user reads them ("+USD 412 m", "−USD 1.41 bn").
/** Parses a displayed USD amount into USD m, keeping its sign (the app writes minus as U+2212). */
export function parseUsdM(text: string): number {
  const m = /([+\u2212-]?)USD\s*([\d.,]+)\s*(bn|m)/.exec(text);
  if (!m) throw new Error(`No USD amount in "${text}"`);
  const v = Number(m[2]!.replace(/,/g, '')) * (m[3] === 'bn' ? 1000 : 1);
  return m[1] === '\u2212' || m[1] === '-' ? -v : v;
}

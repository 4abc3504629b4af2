// Why: the Chromium host's bridge (a Playwright binding and page.evaluate over the DevTools pipe) moves each
// request, reply and event as ONE JSON string. Handed a structured value instead, Playwright walks it value by
// value on both sides (its own serializer, built for DOM handles and dates), which took 5–9 s for the
// 5,000-deposit print snapshot on a loaded 2-core machine; a string crosses in milliseconds. The contract's
// payloads are JSON data already (files and zod schemas), so nothing is lost. Electron's IPC does not use it.
// No imports: the bridge is injected into every page and stays small (no zod).

/** A wire string that cannot be read; main answers it as BAD_INPUT. */
export class WireError extends Error {
  override name = 'WireError';
}

/** Encodes one value; `undefined` (a channel without input) survives, as JSON alone would drop it. */
export function toWire(value: unknown): string {
  return JSON.stringify(value === undefined ? {} : { v: value });
}

/** Decodes what `toWire` made; anything else is refused with the reason, never half-read. */
export function fromWire(text: unknown, what: string): unknown {
  if (typeof text !== 'string') throw new WireError(`The ${what} did not arrive as JSON text.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WireError(`The ${what} is not valid JSON.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new WireError(`The ${what} is not a wire envelope.`);
  return (parsed as { v?: unknown }).v;
}

import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from './wire';

describe('Chromium bridge wire format', () => {
  it('carries values, including a missing input, through one JSON string', () => {
    for (const value of [undefined, null, 0, 'ur', [1, 'a'], { ok: true, value: { pages: 12, nested: [{ a: 1 }] } }]) {
      const text = toWire(value);
      expect(typeof text).toBe('string');
      expect(fromWire(text, 'reply')).toEqual(value);
    }
  });

  it('refuses what is not its own envelope, naming what arrived', () => {
    expect(() => fromWire({ v: 1 }, 'request to print:get-job')).toThrow(
      'The request to print:get-job did not arrive as JSON text.',
    );
    expect(() => fromWire('{"v":', 'reply')).toThrow('The reply is not valid JSON.');
    expect(() => fromWire('[1]', 'event')).toThrow('The event is not a wire envelope.');
  });
});

// Why: the presenter's keyboard drives both windows. The audience window and the presenter window are the same
// app on the same origin, so a BroadcastChannel carries the slide index (and talk reloads) between them without
// a round trip through the main process; each window applies what the other sends.
import { useEffect, useRef } from 'react';

export type DeckMessage = { type: 'goto'; index: number } | { type: 'talk-saved' } | { type: 'hello' };

const CHANNEL = 'pmb-presentation';

export function useDeckSync(onMessage: (m: DeckMessage) => void): (m: DeckMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  handler.current = onMessage;
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = (e: MessageEvent<DeckMessage>) => handler.current(e.data);
    channel.current = ch;
    ch.postMessage({ type: 'hello' } satisfies DeckMessage);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);
  return (m) => channel.current?.postMessage(m);
}

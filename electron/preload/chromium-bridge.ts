// Why: the Chromium host's preload. It builds window.briefing with the SAME contract-built API as Electron's
// preload; only the transport differs: a Playwright binding (checked by frame in main, like Electron's
// sender) instead of ipcRenderer, and events pushed by main through __pmbDispatch. It also tells main when
// the window was resized, so the host can remember its size and position.
import type { Channel, EventName } from '../../shared/ipc/contract';
import type { IpcEnvelope } from '../../shared/ipc/errors';
import { fromWire, toWire } from '../../shared/ipc/wire';
import { buildBriefingApi } from './api';

type Listener = (payload: unknown) => void;

interface BridgeWindow extends Window {
  /** Request and reply are each one JSON string (shared/ipc/wire.ts): a structured value crosses slowly. */
  __pmbInvoke(channel: Channel, wire: string): Promise<string>;
  __pmbWindowChanged?: () => Promise<void>;
  __pmbDispatch?: (event: string, wire: string) => void;
}

const w = window as unknown as BridgeWindow;
const listeners = new Map<string, Set<Listener>>();

Object.defineProperty(w, '__pmbDispatch', {
  value: (event: string, wire: string) => {
    const payload = fromWire(wire, `event ${event}`);
    listeners.get(event)?.forEach((l) => l(payload));
  },
});

Object.defineProperty(w, 'briefing', {
  value: buildBriefingApi({
    invoke: async (channel, payload) =>
      fromWire(await w.__pmbInvoke(channel, toWire(payload)), `reply to ${channel}`) as IpcEnvelope<unknown>,
    subscribe: (event: EventName, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  }),
});

let resizeTimer: ReturnType<typeof setTimeout> | undefined;
const windowChanged = () => void w.__pmbWindowChanged?.().catch(() => undefined);
w.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(windowChanged, 400);
});
w.addEventListener('pagehide', windowChanged);

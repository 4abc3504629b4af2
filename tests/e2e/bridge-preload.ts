// Why: the harness's stand-in for Electron's preload. It builds window.briefing with the REAL preload
// API builder; only the transport differs (a Playwright binding instead of ipcRenderer).
import { buildBriefingApi } from '../../electron/preload/api';
import type { Channel, EventName } from '../../shared/ipc/contract';
import type { IpcEnvelope } from '../../shared/ipc/errors';

type Listener = (payload: unknown) => void;

interface HarnessWindow extends Window {
  __pmbInvoke(channel: Channel, payload: unknown): Promise<IpcEnvelope<unknown>>;
  __pmbDispatch?: (event: string, payload: unknown) => void;
}

const w = window as unknown as HarnessWindow;
const listeners = new Map<string, Set<Listener>>();

Object.defineProperty(w, '__pmbDispatch', {
  value: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
});

Object.defineProperty(w, 'briefing', {
  value: buildBriefingApi({
    invoke: (channel, payload) => w.__pmbInvoke(channel, payload),
    subscribe: (event: EventName, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  }),
});

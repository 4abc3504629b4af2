// Why: builds `window.briefing` from the shared contract over any transport. The real preload passes
// ipcRenderer; the end-to-end harness passes its test bridge, so tests use this exact API object.
import { channels, eventNames, type BriefingApi, type Channel, type EventName } from '../../shared/ipc/contract';
import type { IpcEnvelope } from '../../shared/ipc/errors';

export interface Transport {
  invoke(channel: Channel, payload: unknown): Promise<IpcEnvelope<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

const allowedChannels = new Set<string>(channels);
const allowedEvents = new Set<string>(eventNames);

export function buildBriefingApi(transport: Transport): BriefingApi {
  const api: BriefingApi = {
    invoke(channel, input) {
      if (!allowedChannels.has(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: `"${String(channel)}" is not a known request.` },
        });
      }
      return transport.invoke(channel, input) as never;
    },
    on(event, listener) {
      if (!allowedEvents.has(event)) throw new Error(`"${String(event)}" is not a known event.`);
      // Wrap so the renderer never receives Electron's event object (it carries a sender reference).
      return transport.subscribe(event, (payload) => listener(payload as never));
    },
  };
  return Object.freeze(api);
}

// Why: the sandboxed preload exposes only the contract-built API; raw ipcRenderer never reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBriefingApi } from './api';

contextBridge.exposeInMainWorld(
  'briefing',
  buildBriefingApi({
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe: (event, listener) => {
      const wrapped = (_e: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => ipcRenderer.removeListener(event, wrapped);
    },
  }),
);

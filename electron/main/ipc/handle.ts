// Why: the only module that touches ipcMain. It registers exactly the contract's channels and passes
// the sender frame's URL to the invoker, so no handler can be reached around the checks.
import type { IpcMain } from 'electron';
import { channels } from '../../../shared/ipc/contract';
import type { Invoker } from './invoker';

export function handle(ipcMain: Pick<IpcMain, 'handle'>, invoke: Invoker): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      // A sub-frame or a navigated-away document must not inherit the app's rights: check the exact frame.
      const frame = event.senderFrame;
      const url = frame && frame.parent === null ? frame.url : null;
      return invoke(channel, payload, url);
    });
  }
}

// Why: the one gate every renderer request passes. It checks who is asking, validates the payload against
// the shared contract, runs the handler, validates what goes back, and turns any failure into
// {code, message, details} with no stack. Electron's ipcMain and the test transport both call it.
import { contract, type Channel, type ChannelOutput } from '../../../shared/ipc/contract';
import { AppError, describeIssues } from '../../../shared/errors';
import { serializeError, type IpcEnvelope } from '../../../shared/ipc/errors';
import type { z } from 'zod';

export type HandlerTable = {
  [C in Channel]: (input: z.output<(typeof contract)[C]['input']>) => Promise<ChannelOutput<C>>;
};

export interface InvokerOptions {
  /** True when the requesting frame is our app's top-level document (app:// origin, or the harness origin). */
  isTrustedSender(frameUrl: string | null | undefined): boolean;
  onError?(channel: string, err: unknown): void;
}

export type Invoker = (
  channel: string,
  payload: unknown,
  senderUrl: string | null | undefined,
) => Promise<IpcEnvelope<unknown>>;

export function createInvoker(table: HandlerTable, options: InvokerOptions): Invoker {
  return async (channel, payload, senderUrl) => {
    try {
      if (!options.isTrustedSender(senderUrl)) {
        throw new AppError('FORBIDDEN_SENDER', 'This request did not come from the app window and was refused.');
      }
      if (!Object.hasOwn(contract, channel)) {
        throw new AppError('UNKNOWN_CHANNEL', `"${String(channel).slice(0, 80)}" is not a known request.`);
      }
      const spec = contract[channel as Channel];
      const input = spec.input.safeParse(payload);
      if (!input.success) {
        throw new AppError('BAD_INPUT', `Invalid request to ${channel}: ${describeIssues(input.error.issues)}.`);
      }
      const handler = table[channel as Channel] as (i: unknown) => Promise<unknown>;
      const result = await handler(input.data);
      const output = spec.output.safeParse(result);
      if (!output.success) {
        throw new AppError('BAD_OUTPUT', `The app produced an invalid reply for ${channel}.`);
      }
      return { ok: true, value: output.data };
    } catch (err) {
      options.onError?.(channel, err);
      return { ok: false, error: serializeError(err) };
    }
  };
}

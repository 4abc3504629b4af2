// Why: the renderer's one door to main. Views never see window.briefing or envelopes: they call
// `api(...)`, get a value, or catch an ApiError with a code and a message fit to show the user.
import type {
  BriefingApi,
  Channel,
  ChannelInput,
  ChannelOutput,
  EventName,
  EventPayload,
} from '../../../shared/ipc/contract';
import type { ErrorCode, SerializedError } from '../../../shared/errors';

declare global {
  interface Window {
    briefing?: BriefingApi;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(error: SerializedError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.details = error.details;
  }
}

function bridge(): BriefingApi {
  const b = window.briefing;
  if (!b)
    throw new ApiError({
      code: 'INTERNAL',
      message: 'The app bridge is missing: open the app through Pakistan Minerals Briefing, not a browser.',
    });
  return b;
}

export function hasBridge(): boolean {
  return typeof window !== 'undefined' && Boolean(window.briefing);
}

export async function api<C extends Channel>(
  channel: C,
  ...input: ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]
): Promise<ChannelOutput<C>> {
  const envelope = await bridge().invoke(channel, input[0] as ChannelInput<C>);
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value;
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  if (!hasBridge()) return () => undefined;
  return bridge().on(event, listener);
}

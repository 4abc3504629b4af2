// Why: errors cross the process boundary as plain data. A stack would leak paths and internals,
// and Electron mangles thrown errors, so every failure travels as {code, message, details}.
import { z } from 'zod';
import { AppError, describeIssues, type SerializedError } from '../errors';

export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

export function serializeError(err: unknown): SerializedError {
  if (err instanceof AppError) return err.toJSON();
  if (err instanceof z.ZodError) return { code: 'BAD_INPUT', message: describeIssues(err.issues) };
  return { code: 'INTERNAL', message: 'Something went wrong in the app. Your files were not changed.' };
}

// Why: errors cross the process boundary as plain data. A stack would leak paths and internals,
// and Electron mangles thrown errors, so every failure travels as {code, message, details}.
import { z } from 'zod';

export const ErrorCodeSchema = z.enum([
  'BAD_INPUT',
  'BAD_OUTPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'DAMAGED_FILE',
  'NEWER_VERSION',
  'CONFLICT',
  'OUTSIDE_WORKSPACE',
  'CANCELLED',
  'IO_ERROR',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const SerializedErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});
export type SerializedError = z.infer<typeof SerializedErrorSchema>;

/** A failure we expect and can explain to the user. Anything else becomes INTERNAL with a generic message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): SerializedError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: SerializedError };

/** Turns zod issues into one readable sentence naming each field: "scenario.costs.opex: must be at least 0". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], prefix = ''): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const path = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ')
    .concat(issues.length > 5 ? ` (and ${issues.length - 5} more)` : '');
}

export function serializeError(err: unknown): SerializedError {
  if (err instanceof AppError) return err.toJSON();
  if (err instanceof z.ZodError) return { code: 'BAD_INPUT', message: describeIssues(err.issues) };
  return { code: 'INTERNAL', message: 'Something went wrong in the app. Your files were not changed.' };
}

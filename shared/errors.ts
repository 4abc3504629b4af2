// Why: the app-wide failure type. Services, the workspace decoder and the renderer all speak it, so it lives
// at the bottom of `shared/` rather than in the IPC transport (which only serialises it across processes).
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

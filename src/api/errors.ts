import type { z } from 'zod';

/**
 * The one error shape that crosses from the main process to the screen. `message` is written for
 * the person using the app; `fields` maps a form field (dotted path) to its message so a form can
 * show each one beside its field.
 */
export type ErrorCode = 'invalid-input' | 'not-allowed' | 'not-found' | 'conflict' | 'file' | 'internal';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
  details?: string[];
  /** Extra facts a screen can act on, e.g. the backup offered for a damaged file. */
  data?: Record<string, unknown>;
}

export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Input that does not match a method's schema. */
export class InputError extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'InputError';
  }

  static fromZod(error: z.ZodError): InputError {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = issue.path.map(String).join('.') || '_';
      fields[key] ??= issue.message;
    }
    const first = error.issues[0];
    const message =
      error.issues.length === 1 && first
        ? first.message
        : `Please correct ${error.issues.length} problems: ${error.issues
            .slice(0, 3)
            .map((i) => i.message)
            .join(' ')}`;
    return new InputError(message, fields);
  }
}

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

import type { z } from 'zod';

/**
 * The refusals every layer may raise, on the ground floor so that a feature, the workspace file
 * and the contract can all use them without importing each other. The dispatcher turns each into
 * the error code the screen sees (src/api/dispatcher.ts, `toErrorBody`).
 */

/** Input that does not match a method's schema. → 'invalid-input' */
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

/** A change that cannot be carried out on this workspace (a broken rule, a full list). → 'conflict' */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/**
 * The record a change or an export names is not in the workspace (deleted, or undone away).
 * One class for every path, so the screen always gets 'not-found' for it. It is a CommandError
 * too: a command that finds its record gone is refused like any other broken rule.
 */
export class NotFoundError extends CommandError {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** An action not allowed now (no workspace open, a path not on the list). → 'not-allowed' */
export class NotAllowedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAllowedError';
  }
}

/** The one way a missing record is explained, whichever check finds it. */
export function missingRecordMessage(what: string): string {
  return `That ${what} no longer exists. It may have been deleted.`;
}

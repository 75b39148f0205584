import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/client';

/**
 * What the workgroup and policy screens do with a refusal: messages that belong to a form field
 * go beside it; anything else (a broken rule, a missing record) is said in a notification.
 */
export function showFailure(
  error: unknown,
  title: string,
  setFieldErrors?: (fields: Record<string, string>) => void,
  fieldOf: (commandField: string) => string = (field) => field,
): void {
  if (error instanceof ApiError && setFieldErrors && Object.keys(error.fields).length > 0) {
    setFieldErrors(formFields(error.fields, fieldOf));
    return;
  }
  notifications.show({ color: 'red', title, message: (error as Error).message, autoClose: 8000 });
}

/** Takes every message off the screen, such as one that names someone the screen no longer may. */
export function clearMessages(): void {
  notifications.clean();
}

export function showSuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}

/**
 * A refusal's field messages keyed by the form's own field names. Edit commands nest the form's
 * fields under `changes`; `fieldOf` renames what a form calls otherwise than its command does
 * ("item.title" → "title", "organizationName" → "organization"). Where two messages land on one
 * field, the one the command gave that field itself is kept, else the first.
 */
function formFields(fields: Record<string, string>, fieldOf: (commandField: string) => string): Record<string, string> {
  const placed: Record<string, string> = {};
  const entries = Object.entries(fields).map(([key, message]) => {
    const own = key.replace(/^changes\./, '');
    return { own, field: fieldOf(own), message };
  });
  for (const { field, message } of entries.filter((e) => e.own === e.field)) placed[field] ??= message;
  for (const { field, message } of entries) placed[field] ??= message;
  return placed;
}

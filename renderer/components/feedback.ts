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
): void {
  if (error instanceof ApiError && setFieldErrors && Object.keys(error.fields).length > 0) {
    setFieldErrors(stripPrefix(error.fields));
    return;
  }
  notifications.show({ color: 'red', title, message: (error as Error).message, autoClose: 8000 });
}

export function showSuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}

/** Edit commands nest the form's fields under `changes`; the form knows them by their own names. */
function stripPrefix(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/^changes\./, ''), message]));
}

import { showFailure, showSuccess } from './feedback';

/**
 * Runs an inline action (a checkbox, a menu item, a delete confirmed) and says how it went:
 * the refusal in a notification titled `failure`, and `success` when it worked, if given (a
 * function of the work's result when the message depends on it; null to say nothing).
 * Never throws, so a caller need not catch; it answers whether the work was done.
 *
 *   await act(() => run('deleteWorkgroup', { id }), 'The workgroup was not deleted', 'Deleted.');
 */
export async function act<T>(
  work: () => Promise<T>,
  failure: string,
  success?: string | ((result: T) => string | null),
): Promise<boolean> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    showFailure(error, failure);
    return false;
  }
  const message = typeof success === 'function' ? success(result) : success;
  if (message) showSuccess(message);
  return true;
}

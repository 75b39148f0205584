import { InputError } from '../../src/errors';

/** What a refused action said: its message, and the message beside each form field. */
export interface Refusal {
  error: Error;
  message: string;
  fields: Record<string, string>;
}

/**
 * Runs an action that must refuse, and returns what it said. It fails the test when the action
 * is accepted, so an assertion about the refusal can never pass by not being reached (the shape
 * `try { action() } catch (error) { expect(...) }` passes silently when nothing is thrown).
 */
export function refusal(action: () => unknown): Refusal {
  try {
    action();
  } catch (error) {
    return describeRefusal(error);
  }
  throw new Error('The action was expected to be refused, and it was accepted.');
}

/** The same for an action that answers with a promise. */
export async function refusalOf(action: () => Promise<unknown>): Promise<Refusal> {
  try {
    await action();
  } catch (error) {
    return describeRefusal(error);
  }
  throw new Error('The action was expected to be refused, and it was accepted.');
}

function describeRefusal(error: unknown): Refusal {
  if (!(error instanceof Error)) throw new Error(`The action threw something that is not an error: ${String(error)}`);
  const fields = error instanceof InputError ? error.fields : ((error as { fields?: Record<string, string> }).fields ?? {});
  return { error, message: error.message, fields };
}

import { CommandError, InputError, NotAllowedError, NotFoundError } from '../errors';
import { SaveError, WorkspaceFileError } from '../workspace/errors';
import { checkJsonShape, type JsonLimits } from '../workspace/safeJson';
import { CONTRACT, isMethodName, type Contract, type MethodName, type MethodOutput } from './contract';
import type { ApiErrorBody, ApiReply } from './errors';
import type { z } from 'zod';
import { ReadOnlyError } from '../workspace/sessionTypes';

/**
 * The function behind each method; its input has already been checked against the contract, and
 * what it returns is checked by the compiler against the method's output.
 */
export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => Promise<MethodOutput<M>>;
};

/**
 * What a payload from the screen may look like before its schema even sees it. Real forms nest a
 * few levels deep; schemas, immer and JSON.stringify all recurse, and 10,000 levels of nesting
 * would overflow the stack. Each schema sets its own text limits (a pasted CSV file may be
 * 10 MB); the string and count limits here only stop absurd payloads before any work is done.
 */
export const PAYLOAD_LIMITS: JsonLimits = { maxDepth: 32, maxStringLength: 64 * 1024 * 1024, maxNodes: 2_000_000 };

/**
 * Answers one call from the screen, whatever arrives: an unknown method, a payload of the wrong
 * shape, or a handler that fails all come back as an error reply with a clear message. Nothing
 * is thrown past this point, so a hostile payload cannot take the process down.
 *
 * Before the schema runs, the payload's shape is checked without recursion: too deep, too big,
 * or carrying a key such as "__proto__" (which a JSON-parsed payload can hold as an own key, and
 * which could change an object's prototype if copied) is refused outright.
 */
export async function dispatch(handlers: Handlers, method: unknown, payload: unknown): Promise<ApiReply<unknown>> {
  if (!isMethodName(method)) {
    return fail({ code: 'not-found', message: `There is no method called "${String(method).slice(0, 80)}".` });
  }
  const shapeProblem = checkJsonShape(payload, PAYLOAD_LIMITS, 'refuse');
  if (shapeProblem) {
    return fail({ code: 'invalid-input', message: `This request was refused because it is not a form the app sends. ${shapeProblem}`, fields: {} });
  }
  const parsed = CONTRACT[method].input.safeParse(payload ?? {});
  if (!parsed.success) return fail(toErrorBody(InputError.fromZod(parsed.error)));
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return fail(toErrorBody(error));
  }
}

export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof InputError) return { code: 'invalid-input', message: error.message, fields: error.fields };
  if (error instanceof ReadOnlyError) return { code: 'not-allowed', message: error.message, data: { readOnly: error.info } };
  if (error instanceof NotFoundError) return { code: 'not-found', message: error.message };
  if (error instanceof CommandError) return { code: 'conflict', message: error.message };
  if (error instanceof NotAllowedError) return { code: 'not-allowed', message: error.message };
  if (error instanceof WorkspaceFileError) {
    return {
      code: 'file',
      message: error.message,
      details: error.details,
      data: { problem: error.problem, offer: error.offer },
    };
  }
  if (error instanceof SaveError) return { code: 'file', message: error.message };
  console.error(error);
  return {
    code: 'internal',
    message: `Something went wrong inside the app: ${(error as Error)?.message ?? String(error)}. Nothing was changed.`,
  };
}

function fail(error: ApiErrorBody): ApiReply<never> {
  return { ok: false, error };
}

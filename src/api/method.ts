import type { z } from 'zod';

/**
 * One method the screen may call: its input schema (checked in the main process on every call)
 * and, as a type only, what it returns.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Shown in GET /api, so the contract can be read from outside the code. */
  summary: string;
  /** Never set; carries the output type. */
  readonly output?: O;
}

export function method<O>(summary: string) {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, summary });
}

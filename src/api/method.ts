import type { z } from 'zod';
import type { ServiceContext } from './context';

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

/**
 * A feature's method, written once: what it does, the schema of its input and the handler beside
 * them. The handler's input type comes from the schema (already checked by the dispatcher when
 * the handler runs) and the method's output type from what the handler returns.
 */
export interface MethodDefinition<I extends z.ZodType = z.ZodType, O = unknown> extends MethodSpec<I, O> {
  handle(input: z.output<I>, context: ServiceContext): Promise<O>;
}

export function defineMethod<I extends z.ZodType, O>(definition: {
  summary: string;
  input: I;
  handle(input: z.output<I>, context: ServiceContext): Promise<O>;
}): MethodDefinition<I, O> {
  return definition;
}

/**
 * For the workspace methods that the service answers itself (open, save, undo ...): the output
 * is named here once, and the service's handler is checked against it by the compiler.
 */
export function method<O>(summary: string) {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input, summary });
}

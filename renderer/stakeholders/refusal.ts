import { ApiError } from '../api/client';

/**
 * The same refusal with its field messages moved to the fields the form shows them beside, for
 * a form whose fields are not named as the command's are. Anything else is passed on as it is.
 */
export function refusalFor(error: unknown, place: (fields: Record<string, string>) => Record<string, string>): unknown {
  if (!(error instanceof ApiError) || !error.body.fields) return error;
  return new ApiError({ ...error.body, fields: place(error.body.fields) });
}

import { ApiError } from '../api/client';

/**
 * For a command that nests the form's fields under one key (`item`, `changes`…): a refusal's
 * field messages come back keyed by the form's own names ("item.title" → "title"), so
 * useCommandForm puts them beside the fields. Everything else passes through as it was.
 */
export async function fieldsUnder<T>(prefix: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof ApiError) || Object.keys(error.fields).length === 0) throw error;
    const start = `${prefix}.`;
    const fields = Object.fromEntries(
      Object.entries(error.fields).map(([key, message]) => [
        key.startsWith(start) ? key.slice(start.length) : key,
        message,
      ]),
    );
    throw new ApiError({ ...error.body, fields });
  }
}

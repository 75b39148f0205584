import { z } from 'zod';

/**
 * An enumeration with the words a person sees for each value. The values are stored in the file
 * and never change; the labels may be reworded freely.
 */
export function labelledEnum<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: { [K in T[number]]: string },
) {
  const schema = z.enum(values);
  return Object.assign(schema, {
    labels,
    /** For select inputs: [{ value, label }] in the order given. */
    choices: values.map((value) => ({ value, label: labels[value as T[number]] })),
    labelOf: (value: T[number]) => labels[value],
  });
}

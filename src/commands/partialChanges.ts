import { z } from 'zod';

/**
 * The input of an edit command: any subset of a form's fields, each checked as on the form.
 *
 * Why not `Fields.partial()`: in zod 4 a field with a default keeps it under `.partial()`, so an
 * edit that sends only `{ summary }` would come out as `{ summary, text: '', meetingId: null }`
 * and silently wipe the fields it did not mention. Here each default is taken off before the
 * field is made optional, so a field left out stays out. (A check attached to the default
 * wrapper itself, after `.default()`, would be lost; put checks before `.default()`.)
 */
type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type ChangesShape<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<WithoutDefault<S[K]>> };

export function changesOf<S extends z.ZodRawShape>(
  fields: z.ZodObject<S>,
): z.ZodObject<ChangesShape<S>, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields.shape) as [string, z.ZodType][]) {
    shape[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
  }
  return z.strictObject(shape) as unknown as z.ZodObject<ChangesShape<S>, z.core.$strict>;
}

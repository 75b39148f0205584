import { z } from 'zod';

/**
 * The input of an "edit" command: every field optional, and a field left out means "leave it as
 * it is". zod's own `.partial()` keeps each field's default, so an edit that sends only a title
 * would quietly reset every other field to its default; this removes the defaults first.
 */
type Unwrapped<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;
type ChangesShape<Shape extends z.ZodRawShape> = { [K in keyof Shape]: z.ZodOptional<Unwrapped<Shape[K]> & z.ZodType> };

export function changesOf<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
): z.ZodObject<ChangesShape<Shape>, z.core.$strict> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    shape[key] = (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field).optional();
  }
  return z.strictObject(shape) as unknown as z.ZodObject<ChangesShape<Shape>, z.core.$strict>;
}

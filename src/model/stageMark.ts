import { z } from 'zod';

/**
 * A hand-made mark on a stage checklist item (ticked by hand, or a derived status overridden).
 * The stage tracker defines the rest of the fields.
 */
export const StageMark = z.looseObject({
  itemId: z.string().min(1).max(100),
});
export type StageMark = z.infer<typeof StageMark>;

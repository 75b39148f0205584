import { z } from 'zod';
import { Id } from './ids';

/**
 * ActionItem: only the identity is fixed so far; the feature that manages actionItems defines the rest.
 * Loose, so that fields written by a newer version of the app survive a save.
 */
export const ActionItem = z.looseObject({
  id: Id,
});
export type ActionItem = z.infer<typeof ActionItem>;

import { z } from 'zod';
import { Id } from './ids';

/**
 * Policy: only the identity is fixed so far; the feature that manages policies defines the rest.
 * Loose, so that fields written by a newer version of the app survive a save.
 */
export const Policy = z.looseObject({
  id: Id,
});
export type Policy = z.infer<typeof Policy>;

import { z } from 'zod';
import { Id } from './ids';

/**
 * Meeting: only the identity is fixed so far; the feature that manages meetings defines the rest.
 * Loose, so that fields written by a newer version of the app survive a save.
 */
export const Meeting = z.looseObject({
  id: Id,
});
export type Meeting = z.infer<typeof Meeting>;

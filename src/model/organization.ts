import { z } from 'zod';
import { Id } from './ids';

/**
 * Organization: only the identity is fixed so far; the feature that manages organizations defines the rest.
 * Loose, so that fields written by a newer version of the app survive a save.
 */
export const Organization = z.looseObject({
  id: Id,
});
export type Organization = z.infer<typeof Organization>;

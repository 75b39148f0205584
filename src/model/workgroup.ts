import { z } from 'zod';
import { Id } from './ids';

/**
 * Workgroup: only the identity is fixed so far; the feature that manages workgroups defines the rest.
 * Loose, so that fields written by a newer version of the app survive a save.
 */
export const Workgroup = z.looseObject({
  id: Id,
});
export type Workgroup = z.infer<typeof Workgroup>;

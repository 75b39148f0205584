import { z } from 'zod';
import { Id } from './ids';

/**
 * Stakeholder: only the identity is fixed so far; the feature that manages stakeholders defines the rest.
 * Loose, so that fields written by a newer version of the app survive a save.
 */
export const Stakeholder = z.looseObject({
  id: Id,
});
export type Stakeholder = z.infer<typeof Stakeholder>;

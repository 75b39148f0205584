import { z } from 'zod';
import { Id } from './ids';

/**
 * Conversation: only the identity is fixed so far; the feature that manages conversations defines the rest.
 * Loose, so that fields written by a newer version of the app survive a save.
 */
export const Conversation = z.looseObject({
  id: Id,
});
export type Conversation = z.infer<typeof Conversation>;

import { z } from 'zod';
import { Id } from './ids';

/**
 * RecognitionEvent: only the identity is fixed so far; the feature that manages recognitionEvents defines the rest.
 * Loose, so that fields written by a newer version of the app survive a save.
 */
export const RecognitionEvent = z.looseObject({
  id: Id,
});
export type RecognitionEvent = z.infer<typeof RecognitionEvent>;

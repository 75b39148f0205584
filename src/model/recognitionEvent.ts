import { z } from 'zod';
import { DayString, TimeOfDay, Timestamp } from './dates';
import { Id } from './ids';
import { labelledEnum } from './labels';
import { LIMITS, optionalLine, requiredLine } from './text';

export const RecognitionStatus = labelledEnum(['planning', 'nominations-open', 'selection', 'invitations-sent', 'held'], {
  planning: 'Planning',
  'nominations-open': 'Nominations open',
  selection: 'Selecting honorees',
  'invitations-sent': 'Invitations sent',
  held: 'Held',
});

/**
 * A ceremony or occasion that recognizes the partners' work. Categories, nominations, reviews and
 * the run of show are defined by the recognition feature, which extends this schema in this file.
 */
export const RecognitionEventFields = z.object({
  title: requiredLine('Event title', LIMITS.title),
  date: DayString,
  startTime: TimeOfDay.nullable().default(null),
  venue: optionalLine('Venue', 500),
  host: optionalLine('Host'),
  status: RecognitionStatus.default('planning'),
});

export const RecognitionEvent = z.looseObject({
  id: Id,
  ...RecognitionEventFields.shape,
  createdAt: Timestamp,
});
export type RecognitionEvent = z.infer<typeof RecognitionEvent>;

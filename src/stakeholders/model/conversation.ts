import { z } from 'zod';
import { DayString, Timestamp } from '../../model/dates';
import { Id } from '../../model/ids';
import { labelledEnum } from '../../model/labels';
import { longText, optionalLine } from '../../model/text';

export const Channel = labelledEnum(['in-person', 'phone', 'video', 'email'], {
  'in-person': 'In person',
  phone: 'Phone',
  video: 'Video call',
  email: 'Email',
});

/** One conversation with one or more stakeholders, and what came of it. */
export const ConversationFields = z.object({
  date: DayString,
  stakeholderIds: z.array(Id).min(1, { error: 'Choose at least one person the conversation was with.' }),
  /** Who from the coalition held it, as written (they need not be in the workspace). */
  heldBy: optionalLine('Held by'),
  channel: Channel.default('in-person'),
  summary: longText('Summary'),
  commonGround: longText('Common ground'),
  concerns: longText('Concerns raised'),
});

export const Conversation = z.looseObject({
  id: Id,
  ...ConversationFields.shape,
  /** Action items created as this conversation's follow-up. */
  followUpIds: z.array(Id).default([]),
  createdAt: Timestamp,
});
export type Conversation = z.infer<typeof Conversation>;

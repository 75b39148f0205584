import { z } from 'zod';
import { Timestamp, TimeZone } from '../model/dates';
import { optionalLine, requiredLine } from '../model/text';

/** The coalition this workspace belongs to: one file, one coalition. */
export const CoalitionDetails = z.looseObject({
  name: requiredLine('Coalition name'),
  community: optionalLine('Community'),
  timeZone: TimeZone,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CoalitionDetails = z.infer<typeof CoalitionDetails>;

/** What a person types to start a coalition, or to rename one. */
export const CoalitionDetailsInput = z.strictObject({
  name: requiredLine('Coalition name'),
  community: optionalLine('Community'),
  timeZone: TimeZone.optional(),
});
export type CoalitionDetailsInput = z.infer<typeof CoalitionDetailsInput>;

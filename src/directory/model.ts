import { z } from 'zod';
import { DayString, Timestamp, TimeOfDay } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { longText, optionalLine, requiredLine } from '../model/text';

/**
 * The community resource directory: the services partner organizations offer, as an officer or
 * a dispatcher needs them at any hour. A service belongs to an organization of the workspace and
 * is reached through that organization's lines: the directory holds no private person's contact.
 */

/** The kinds of service a crisis response needs (gaps.ts asks which are missing). */
export const ServiceKind = labelledEnum(
  [
    'crisis-line',
    'mobile-crisis',
    'crisis-stabilization',
    'psychiatric-hospital',
    'detox',
    'substance-use',
    'outpatient',
    'peer-support',
    'shelter',
    'family-support',
    'veterans',
    'youth',
    'other',
  ],
  {
    'crisis-line': 'Crisis line',
    'mobile-crisis': 'Mobile crisis team',
    'crisis-stabilization': 'Crisis stabilization',
    'psychiatric-hospital': 'Psychiatric hospital',
    detox: 'Detox / withdrawal management',
    'substance-use': 'Substance use treatment',
    outpatient: 'Outpatient mental health',
    'peer-support': 'Peer support',
    shelter: 'Shelter',
    'family-support': 'Family support',
    veterans: 'Veterans services',
    youth: 'Youth services',
    other: 'Other',
  },
);
export type ServiceKind = z.infer<typeof ServiceKind>;

/** How an officer hands a person on. */
export const ReferralWay = labelledEnum(['walk-in', 'warm-handoff', 'call-first'], {
  'walk-in': 'Walk in',
  'warm-handoff': 'Warm hand-off',
  'call-first': 'Call first',
});
export type ReferralWay = z.infer<typeof ReferralWay>;

/** Days in the order of the week as the directory prints it (Monday first, as HSDS's byday lists them). */
export const Weekday = labelledEnum(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], {
  mo: 'Monday',
  tu: 'Tuesday',
  we: 'Wednesday',
  th: 'Thursday',
  fr: 'Friday',
  sa: 'Saturday',
  su: 'Sunday',
});
export type Weekday = z.infer<typeof Weekday>;

/**
 * One stretch of opening on a day. A closing time at or before the opening time runs past
 * midnight into the next day (a night shelter open 19:00 to 07:00).
 */
export const HoursRow = z.object({ day: Weekday, opens: TimeOfDay, closes: TimeOfDay });
export type HoursRow = z.infer<typeof HoursRow>;

const languageName = requiredLine('Language', 60);

export const ServiceFields = z.object({
  organizationId: Id,
  name: requiredLine('Service name'),
  kind: ServiceKind.default('other'),
  description: longText('What is offered', 4_000),
  eligibility: optionalLine('Who is eligible', 500),
  openAllDay: z.boolean().default(false),
  hours: z.array(HoursRow).max(50, { error: 'At most 50 stretches of opening hours.' }).default([]),
  phone: optionalLine('Phone', 60),
  address: optionalLine('Street address', 300),
  city: optionalLine('City', 100),
  state: optionalLine('State', 60),
  postalCode: optionalLine('ZIP code', 20),
  area: optionalLine('Area served', 300),
  languages: z.array(languageName).max(30, { error: 'At most 30 languages.' }).default([]),
  referral: ReferralWay.default('call-first'),
  receivingFacility: z.boolean().default(false),
  /** The day someone last confirmed the entry with the provider; null when never checked. */
  lastChecked: DayString.nullable().default(null),
});
export type ServiceFields = z.infer<typeof ServiceFields>;

/** A service; the order of the `services` collection is the coalition's own order for prints. */
export const Service = z.looseObject({
  id: Id,
  ...ServiceFields.shape,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Service = z.infer<typeof Service>;

export const DEFAULT_VERIFY_MONTHS = 6;
export const VerifyMonths = z
  .number({ error: 'Enter a number of months.' })
  .int({ error: 'Enter a whole number of months.' })
  .min(1, { error: 'At least one month.' })
  .max(36, { error: 'At most 36 months.' });

/** The directory's own settings: one record, id 'directory', absent until first changed. */
export const DirectorySettings = z.looseObject({
  id: z.literal('directory'),
  verifyAfterMonths: VerifyMonths.default(DEFAULT_VERIFY_MONTHS),
});
export type DirectorySettings = z.infer<typeof DirectorySettings>;

/** The collections of the directory in the workspace file (gathered in src/workspace/document.ts). */
export const directoryRecords = { services: Service, directorySettings: DirectorySettings } as const;

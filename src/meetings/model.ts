import { z } from 'zod';
import { DayString, TimeOfDay, Timestamp } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { LIMITS, longText, optionalLine, requiredLine } from '../model/text';

export const MeetingKind = labelledEnum(
  ['stakeholder-conversation', 'first-convening', 'steering-committee', 'workgroup', 'site-visit', 'community-forum', 'other'],
  {
    'stakeholder-conversation': 'Stakeholder conversation',
    'first-convening': 'First stakeholder meeting',
    'steering-committee': 'Steering committee',
    workgroup: 'Workgroup meeting',
    'site-visit': 'Visit to another CIT program',
    'community-forum': 'Community forum',
    other: 'Other',
  },
);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const MeetingStatus = labelledEnum(['planned', 'held', 'cancelled'], {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
});

export const AttendanceStatus = labelledEnum(['present', 'absent', 'regrets', 'late'], {
  present: 'Present',
  absent: 'Absent',
  regrets: 'Sent regrets',
  late: 'Arrived late',
});
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const Attendance = z.looseObject({
  stakeholderId: Id,
  status: AttendanceStatus,
});

export const Guest = z.looseObject({
  name: requiredLine('Guest name'),
  organization: optionalLine('Organization'),
});

export const AgendaPurpose = labelledEnum(['information', 'discussion', 'decision'], {
  information: 'Information',
  discussion: 'Discussion',
  decision: 'Decision',
});
export type AgendaPurpose = z.infer<typeof AgendaPurpose>;

/** A document for an agenda item: a path on the shared drive or a web link, as the person wrote it. */
export const AgendaAttachment = z.looseObject({
  label: optionalLine('Attachment name', LIMITS.title),
  target: requiredLine('File path or link', 2048),
});
export type AgendaAttachment = z.infer<typeof AgendaAttachment>;

/** The fields a person edits on one agenda item. */
export const AgendaItemFields = z.object({
  title: requiredLine('Item title', LIMITS.title),
  presenterId: Id.nullable().default(null),
  /** The time set aside for the item; 0 for a standing item with no time of its own. */
  timeboxMinutes: z
    .number({ error: 'The time for an item is a number of minutes.' })
    .int({ error: 'The time for an item is a whole number of minutes.' })
    .min(0, { error: 'The time for an item cannot be negative.' })
    .max(600, { error: 'An item can take at most 600 minutes.' })
    .default(10),
  purpose: AgendaPurpose.default('discussion'),
  description: longText('Description', LIMITS.shortText),
  attachments: z.array(AgendaAttachment).max(20).default([]),
});

export const AgendaItem = z.looseObject({
  id: Id,
  ...AgendaItemFields.shape,
  /** Set when the item was carried forward from an unfinished item of an earlier meeting. */
  carriedFrom: z.looseObject({ meetingId: Id, itemId: Id }).nullable().default(null),
  /** A template's advice to whoever runs the item; shown in the builder, never printed. */
  guidance: z.string().max(LIMITS.shortText).default(''),
  /** The member who pulled the item off the consent agenda for discussion (src/meetings/consent.ts). */
  pulledById: Id.nullable().optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const AgendaSection = z.looseObject({
  id: Id,
  title: requiredLine('Section title', LIMITS.title),
  items: z.array(AgendaItem).default([]),
  /** The consent agenda: its items are approved together by one motion (src/meetings/consent.ts). */
  consent: z.boolean().optional(),
});
export type AgendaSection = z.infer<typeof AgendaSection>;

export const Vote = z.looseObject({
  for: z.number().int().min(0).max(10_000),
  against: z.number().int().min(0).max(10_000),
  abstain: z.number().int().min(0).max(10_000),
});
export type Vote = z.infer<typeof Vote>;

export const Decision = z.looseObject({
  id: Id,
  text: requiredLine('Decision', LIMITS.shortText),
  /** A recorded vote, when the body voted; null when it decided by consensus. */
  vote: Vote.nullable().default(null),
  /** Members present who stepped out of this decision for a conflict of interest (src/meetings/recusal.ts). */
  recusedIds: z.array(Id).default([]),
});
export type Decision = z.infer<typeof Decision>;

// 'pending' is for minutes started before the meeting is over: nothing has been taken up yet.
export const ItemOutcome = labelledEnum(['pending', 'done', 'unfinished'], {
  pending: 'Not yet discussed',
  done: 'Finished',
  unfinished: 'Unfinished (carry forward)',
});

/** One item as it was taken up at the meeting: starts as a copy of the agenda item. */
export const MinutesItem = z.looseObject({
  id: Id,
  /** The agenda item it was copied from; null for an item raised at the meeting. */
  agendaItemId: Id.nullable().default(null),
  sectionTitle: optionalLine('Section', LIMITS.title),
  title: requiredLine('Item title', LIMITS.title),
  presenterId: Id.nullable().default(null),
  purpose: AgendaPurpose.default('discussion'),
  notes: longText('Notes'),
  outcome: ItemOutcome.default('done'),
  decisions: z.array(Decision).default([]),
  /** Action items created at this item (they live in the workspace's one list). */
  actionItemIds: z.array(Id).default([]),
  /** On the consent agenda: approved with the others by one motion. */
  consent: z.boolean().optional(),
  /** Taken off the consent agenda at the meeting, by this member. */
  pulledById: Id.nullable().optional(),
});
export type MinutesItem = z.infer<typeof MinutesItem>;

export const MinutesStatus = labelledEnum(['draft', 'approved'], { draft: 'Draft', approved: 'Approved' });

export const Minutes = z.looseObject({
  status: MinutesStatus.default('draft'),
  items: z.array(MinutesItem).default([]),
  /** Who took the minutes, as written. */
  recorder: optionalLine('Minutes taken by'),
  approvedOn: DayString.nullable().default(null),
  /** The later meeting at which they were approved, when it is in the workspace. */
  approvedAtMeetingId: Id.nullable().default(null),
  /** The minutes items the consent agenda's one motion approved; absent until it is approved. */
  consentApprovedItemIds: z.array(Id).optional(),
});
export type Minutes = z.infer<typeof Minutes>;

export const Weekday = labelledEnum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
});
export type Weekday = z.infer<typeof Weekday>;

/**
 * When a series meets. Monthly rules name a week of the month (1-5, or -1 for the last); as in
 * calendar programs, a month without that day (no fifth Thursday) is skipped.
 */
export const RecurrenceRule = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('weekly'),
    weekday: Weekday,
    intervalWeeks: z.number().int().min(1).max(12).default(1),
  }),
  z.looseObject({
    kind: z.literal('monthly-weekday'),
    weekday: Weekday,
    week: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)]),
    intervalMonths: z.number().int().min(1).max(12).default(1),
  }),
]);
export type RecurrenceRule = z.infer<typeof RecurrenceRule>;

/** Meetings that recur share a series; each carries the rule in force when it was made. */
export const SeriesLink = z.looseObject({
  id: Id,
  name: requiredLine('Series name', LIMITS.title),
  rule: RecurrenceRule,
});
export type SeriesLink = z.infer<typeof SeriesLink>;

/** Who must be present for the body to decide. */
export const QuorumRule = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('none') }),
  /** More than half of the stakeholders at stage 'steering-committee'. */
  z.looseObject({ kind: z.literal('steering-committee-majority') }),
  /** More than half of the members of the meeting's workgroup. */
  z.looseObject({ kind: z.literal('workgroup-majority') }),
  /** More than half of the people invited. */
  z.looseObject({ kind: z.literal('invitee-majority') }),
  z.looseObject({ kind: z.literal('fixed'), count: z.number().int().min(1).max(1000) }),
]);
export type QuorumRule = z.infer<typeof QuorumRule>;

/**
 * The fields every meeting has. The agenda, minutes and series live in the meetings feature,
 * which extends this schema in this file.
 */
export const MeetingFields = z.object({
  title: requiredLine('Meeting title', LIMITS.title),
  kind: MeetingKind.default('other'),
  workgroupId: Id.nullable().default(null),
  date: DayString,
  startTime: TimeOfDay,
  durationMinutes: z.number().int().min(5, { error: 'A meeting lasts at least 5 minutes.' }).max(24 * 60).default(60),
  location: optionalLine('Location', 500),
  videoLink: optionalLine('Video link', 2048),
  status: MeetingStatus.default('planned'),
  inviteeIds: z.array(Id).default([]),
});

export const Meeting = z.looseObject({
  id: Id,
  ...MeetingFields.shape,
  attendance: z.array(Attendance).default([]),
  guests: z.array(Guest).default([]),
  agenda: z.array(AgendaSection).default([]),
  /** Open action items chosen for review at this meeting. */
  reviewActionItemIds: z.array(Id).default([]),
  minutes: Minutes.nullable().default(null),
  series: SeriesLink.nullable().default(null),
  quorum: QuorumRule.default({ kind: 'none' }),
  createdAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;

/** The collections of meetings in the workspace file (gathered in src/workspace/document.ts). */
export const meetingRecords = { meetings: Meeting } as const;

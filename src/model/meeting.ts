import { z } from 'zod';
import { DayString, TimeOfDay, Timestamp } from './dates';
import { Id } from './ids';
import { labelledEnum } from './labels';
import { LIMITS, optionalLine, requiredLine } from './text';

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
  createdAt: Timestamp,
});
export type Meeting = z.infer<typeof Meeting>;

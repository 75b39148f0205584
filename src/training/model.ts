import { z } from 'zod';
import { DayString, Timestamp } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { optionalLine, requiredLine } from '../model/text';

/**
 * Training: the courses a CIT program teaches, the classes it holds, who sat them, and how many
 * officers and dispatchers each agency has, so the share of patrol trained can be judged.
 */

export const CourseKind = labelledEnum(['cit-40', 'dispatch', 'in-service', 'advanced'], {
  'cit-40': '40-hour CIT course for officers',
  dispatch: 'Call-taker and dispatcher course',
  'in-service': 'Refresher (in-service) training',
  advanced: 'Advanced topic',
});
export type CourseKind = z.infer<typeof CourseKind>;

export const TraineeRole = labelledEnum(['officer', 'dispatcher', 'ems', 'corrections', 'other'], {
  officer: 'Officer',
  dispatcher: 'Call-taker or dispatcher',
  ems: 'EMS',
  corrections: 'Corrections',
  other: 'Other',
});
export type TraineeRole = z.infer<typeof TraineeRole>;

export const TraineeStatus = labelledEnum(['enrolled', 'completed', 'did-not-complete'], {
  enrolled: 'Enrolled',
  completed: 'Completed',
  'did-not-complete': 'Did not complete',
});
export type TraineeStatus = z.infer<typeof TraineeStatus>;

export const MAX_COURSE_HOURS = 200;
export const MAX_CAPACITY = 500;
export const MAX_REFRESHER_YEARS = 10;

/** How often the research says refresher training should come round: at least every two years. */
export const DEFAULT_REFRESHER_YEARS = 2;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .min(min, { error: `${label} must be at least ${min}.` })
    .max(max, { error: `${label} can be at most ${max}.` });

export const CourseFields = z.object({
  name: requiredLine('Course name'),
  kind: CourseKind.default('cit-40'),
  hours: z
    .number({ error: 'Hours must be a number.' })
    .min(1, { error: 'A course lasts at least 1 hour.' })
    .max(MAX_COURSE_HOURS, { error: `A course can last at most ${MAX_COURSE_HOURS} hours.` }),
  /** Years after completing it that a refresher is due. */
  refresherYears: wholeNumber('Refresher interval', 1, MAX_REFRESHER_YEARS).default(DEFAULT_REFRESHER_YEARS),
});

export const Course = z.looseObject({
  id: Id,
  ...CourseFields.shape,
  createdAt: Timestamp,
});
export type Course = z.infer<typeof Course>;

export const TraineeFields = z.object({
  /** As the trainee wants it on the certificate. A name of a person: left out of a share-safe copy. */
  name: requiredLine('Trainee name'),
  organizationId: Id.nullable().default(null),
  role: TraineeRole.default('officer'),
});

export const Trainee = z.looseObject({
  id: Id,
  ...TraineeFields.shape,
  status: TraineeStatus.default('enrolled'),
  /** The day the course was completed; set only with the status 'completed'. */
  completedOn: DayString.nullable().default(null),
});
export type Trainee = z.infer<typeof Trainee>;

export const ClassFields = z.object({
  courseId: Id,
  startsOn: DayString,
  endsOn: DayString,
  place: optionalLine('Place'),
  /** People from the stakeholder list who teach it. */
  instructorIds: z.array(Id).default([]),
  /** People with lived experience, family members or providers who speak on a panel. */
  panelSpeakerIds: z.array(Id).default([]),
  capacity: wholeNumber('Capacity', 1, MAX_CAPACITY).default(25),
  cancelled: z.boolean().default(false),
});

export const TrainingClass = z.looseObject({
  id: Id,
  ...ClassFields.shape,
  trainees: z.array(Trainee).default([]),
  createdAt: Timestamp,
});
export type TrainingClass = z.infer<typeof TrainingClass>;

/** The guideline for large agencies: a fifth to a quarter of patrol trained. */
export const DEFAULT_TARGET_PERCENT = 25;

export const StaffingFields = z.object({
  swornOfficers: wholeNumber('Sworn officers', 0, 100_000).nullable().default(null),
  dispatchers: wholeNumber('Dispatchers', 0, 100_000).nullable().default(null),
  targetPercent: wholeNumber('Target share', 1, 100).default(DEFAULT_TARGET_PERCENT),
});

/** How many officers and dispatchers one agency has, and the share it aims to train. */
export const AgencyStaffing = z.looseObject({
  id: Id,
  /** Null once the organization is deleted; such a line is ignored. */
  organizationId: Id.nullable(),
  ...StaffingFields.shape,
});
export type AgencyStaffing = z.infer<typeof AgencyStaffing>;

/** The collections of training in the workspace file (gathered in src/workspace/document.ts). */
export const trainingRecords = {
  trainingCourses: Course,
  trainingClasses: TrainingClass,
  agencyStaffing: AgencyStaffing,
} as const;

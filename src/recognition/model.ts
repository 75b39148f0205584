import { z } from 'zod';
import { DayString, TimeOfDay, Timestamp } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { ExportPrivacy } from '../stakeholders';
import { LIMITS, longText, optionalLine, requiredLine } from '../model/text';

export const RecognitionStatus = labelledEnum(
  ['planning', 'nominations-open', 'selection', 'invitations-sent', 'held'],
  {
    planning: 'Planning',
    'nominations-open': 'Nominations open',
    selection: 'Selecting honorees',
    'invitations-sent': 'Invitations sent',
    held: 'Held',
  },
);
export type RecognitionStatus = z.infer<typeof RecognitionStatus>;

export const RecognitionKind = labelledEnum(
  ['awards-ceremony', 'council-commendation', 'training-graduation', 'other'],
  {
    'awards-ceremony': 'Annual awards ceremony',
    'council-commendation': 'Commendation at a council meeting',
    'training-graduation': 'Training graduation',
    other: 'Other occasion',
  },
);

/** The word limit a category gets unless the coordinator sets another. */
export const DEFAULT_WORD_LIMIT = 500;

export const WordLimit = z
  .number({ error: 'The word limit must be a number.' })
  .int({ error: 'The word limit must be a whole number.' })
  .min(25, { error: 'The word limit must be at least 25 words.' })
  .max(5_000, { error: 'The word limit can be at most 5,000 words.' });

/** An award given at the event, with what the committee looks for. */
export const AwardCategoryFields = z.object({
  name: requiredLine('Award name', LIMITS.title),
  criteria: longText('Criteria', LIMITS.shortText),
  wordLimit: WordLimit.default(DEFAULT_WORD_LIMIT),
});

export const AwardCategory = z.looseObject({
  id: Id,
  ...AwardCategoryFields.shape,
});
export type AwardCategory = z.infer<typeof AwardCategory>;

export const NominationStatus = labelledEnum(['received', 'under-review', 'selected', 'not-selected', 'withdrawn'], {
  received: 'Received',
  'under-review': 'Under review',
  selected: 'Selected (honoree)',
  'not-selected': 'Not selected',
  withdrawn: 'Withdrawn',
});
export type NominationStatus = z.infer<typeof NominationStatus>;

export const Score = z
  .number({ error: 'Choose a score from 1 to 5.' })
  .int({ error: 'Choose a score from 1 to 5.' })
  .min(1, { error: 'Choose a score from 1 to 5.' })
  .max(5, { error: 'Choose a score from 1 to 5.' });

/** One committee member's score of one nomination; scoring again replaces it. */
export const Review = z.looseObject({
  reviewerId: Id,
  score: Score,
  comment: longText('Comment', LIMITS.shortText),
  scoredAt: Timestamp,
});
export type Review = z.infer<typeof Review>;

/**
 * What a nominator fills in. The nominee is a stakeholder (`nomineeId`), or, for someone not in the
 * workspace, a typed name and agency with the privacy choice they made (a stakeholder's own setting
 * is used otherwise, so it is never recorded twice).
 */
export const NominationFields = z.object({
  categoryId: Id,
  nomineeId: Id.nullable().default(null),
  nomineeName: optionalLine('Nominee name'),
  nomineeAgency: optionalLine('Nominee agency'),
  nomineePrivacy: ExportPrivacy.default('public'),
  /** A stakeholder, or null with `nominatedByName` for someone outside the workspace. */
  nominatedById: Id.nullable().default(null),
  nominatedByName: optionalLine('Nominated by'),
  story: longText('Story'),
  interventionDate: DayString.nullable().default(null),
  interventionAgency: optionalLine('Agency involved'),
  receivedOn: DayString.nullable().default(null),
  /** The words printed under the honoree in the program; empty means "drawn from the story". */
  citation: longText('Citation', 1_500),
});

/**
 * A reviewer's declared conflict of interest with one nomination (they work with the nominee,
 * nominated them, are related): they do not score it, and a score they gave before is left out.
 */
export const ConflictDeclaration = z.looseObject({
  reviewerId: Id,
  reason: longText('Reason', LIMITS.shortText),
  declaredAt: Timestamp,
});
export type ConflictDeclaration = z.infer<typeof ConflictDeclaration>;

export const Nomination = z.looseObject({
  id: Id,
  ...NominationFields.shape,
  status: NominationStatus.default('received'),
  reviews: z.array(Review).default([]),
  conflicts: z.array(ConflictDeclaration).default([]),
  createdAt: Timestamp,
});
export type Nomination = z.infer<typeof Nomination>;

export const SegmentKind = labelledEnum(
  ['welcome', 'keynote', 'award', 'remarks', 'performance', 'break', 'closing', 'other'],
  {
    welcome: 'Welcome',
    keynote: 'Keynote',
    award: 'Award presentation',
    remarks: 'Remarks',
    performance: 'Performance',
    break: 'Break / reception',
    closing: 'Closing',
    other: 'Other',
  },
);
export type SegmentKind = z.infer<typeof SegmentKind>;

/** One item of the run of show. An award segment names its category; its honorees are the selected nominations. */
export const SegmentFields = z.object({
  kind: SegmentKind.default('other'),
  title: optionalLine('Segment title', LIMITS.title),
  durationMinutes: z
    .number({ error: 'The length must be a number of minutes.' })
    .int({ error: 'The length must be a whole number of minutes.' })
    .min(1, { error: 'A segment lasts at least 1 minute.' })
    .max(240, { error: 'A segment can last at most 240 minutes.' })
    .default(5),
  /** Who speaks (for an award, the presenter): a stakeholder, or a typed name. */
  speakerId: Id.nullable().default(null),
  speakerName: optionalLine('Speaker'),
  categoryId: Id.nullable().default(null),
  notes: longText('Notes', LIMITS.shortText),
});

export const Segment = z.looseObject({
  id: Id,
  ...SegmentFields.shape,
});
export type Segment = z.infer<typeof Segment>;

/**
 * A ceremony or occasion that recognizes the partners' work. Its preparations (venue, certificates,
 * press release, invitations) are action items whose source is this event, so they appear in the
 * one action item list; the event does not keep a second copy of them.
 */
export const RecognitionEventFields = z.object({
  title: requiredLine('Event title', LIMITS.title),
  kind: RecognitionKind.default('awards-ceremony'),
  date: DayString,
  startTime: TimeOfDay.nullable().default(null),
  venue: optionalLine('Venue', 500),
  host: optionalLine('Host'),
  status: RecognitionStatus.default('planning'),
  budgetNotes: longText('Budget notes', LIMITS.shortText),
  /** The thank-you printed at the end of the program, above the partners' names. */
  thanks: longText('Thank-you message', LIMITS.shortText),
});

export const RecognitionEvent = z.looseObject({
  id: Id,
  ...RecognitionEventFields.shape,
  categories: z.array(AwardCategory).default([]),
  nominations: z.array(Nomination).default([]),
  /** The selection committee: the stakeholders who score nominations. */
  committeeIds: z.array(Id).default([]),
  runOfShow: z.array(Segment).default([]),
  /** Reviewers see "Nomination 3" in place of the nominee's and nominator's names. */
  blindReview: z.boolean().default(false),
  createdAt: Timestamp,
});
export type RecognitionEvent = z.infer<typeof RecognitionEvent>;

/** The collections of recognition events in the workspace file (gathered in src/workspace/document.ts). */
export const recognitionRecords = { recognitionEvents: RecognitionEvent } as const;

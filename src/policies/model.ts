import { z } from 'zod';
import { DayString, Timestamp } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { LIMITS, longText, optionalLine, requiredLine, stripControlCharacters } from '../model/text';

export const PolicyKind = labelledEnum(['agency-policy', 'sop', 'moa', 'dispatch-protocol', 'data-sharing', 'other'], {
  'agency-policy': 'Agency policy',
  sop: 'Standard operating procedure',
  moa: 'Memorandum of agreement',
  'dispatch-protocol': 'Dispatch protocol',
  'data-sharing': 'Data-sharing agreement',
  other: 'Other',
});
export type PolicyKind = z.infer<typeof PolicyKind>;

/**
 * Where a revision stands. The order is the usual path: the workgroup drafts, the steering
 * committee reviews and approves, the owning agency adopts, and a later adoption supersedes it.
 * Which moves are allowed lives in src/policies/revisionStatus.ts.
 */
export const RevisionStatus = labelledEnum(['draft', 'in-review', 'approved', 'adopted', 'superseded'], {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved by the committee',
  adopted: 'Adopted by the agency',
  superseded: 'Superseded',
});
export type RevisionStatus = z.infer<typeof RevisionStatus>;

/**
 * A policy's full text can be long (a dispatch protocol with its call-type tables), far longer
 * than a note, but not unbounded: every revision is kept in the one workspace file.
 */
export const POLICY_TEXT_LIMIT = 200_000;

export const PolicyText = z
  .string({ error: 'Policy text must be text.' })
  .max(POLICY_TEXT_LIMIT, {
    error: (issue) =>
      `Policy text is too long: ${typeof issue.input === 'string' ? issue.input.length.toLocaleString('en-US') : 'more than ' + POLICY_TEXT_LIMIT.toLocaleString('en-US')} characters, and a revision can hold at most ${POLICY_TEXT_LIMIT.toLocaleString('en-US')}. Keep the full document on your shared drive and paste the sections that changed.`,
  })
  .transform(stripControlCharacters)
  .default('');

/** One dated change of status, so the log can say when a revision was approved or adopted. */
export const StatusChange = z.looseObject({
  status: RevisionStatus,
  on: DayString,
  note: optionalLine('Note', 500),
});
export type StatusChange = z.infer<typeof StatusChange>;

/** Someone read the revision and gave their view: a stakeholder, or a name for someone outside the workspace. */
export const ReviewFields = z.object({
  reviewerId: Id.nullable().default(null),
  reviewerName: optionalLine('Reviewer'),
  on: DayString,
  note: optionalLine('Review note', LIMITS.shortText),
});
export const Review = z.looseObject({ id: Id, ...ReviewFields.shape });
export type Review = z.infer<typeof Review>;

/** A partner agency's approval or signature on one revision. One per agency per revision. */
export const SignatureFields = z.object({
  organizationId: Id,
  signedOn: DayString,
  /** Who signed for the agency, as written on the document ("Sheriff M. Ortiz"). */
  signedBy: optionalLine('Signed by'),
  note: optionalLine('Note', 500),
});
export const Signature = z.looseObject(SignatureFields.shape);
export type Signature = z.infer<typeof Signature>;

/** The fields a person writes when adding or editing a revision. */
export const RevisionFields = z.object({
  version: requiredLine('Version', 40),
  date: DayString,
  summary: longText('What changed and why', LIMITS.shortText),
  text: PolicyText,
  /** The meeting where the revision was decided, when it is in the workspace. */
  meetingId: Id.nullable().default(null),
});

export const PolicyRevision = z.looseObject({
  id: Id,
  ...RevisionFields.shape,
  status: RevisionStatus.default('draft'),
  /** Every change of status, oldest first; the last entry matches `status`. */
  statusHistory: z.array(StatusChange).default([]),
  reviews: z.array(Review).default([]),
  signatures: z.array(Signature).default([]),
  createdAt: Timestamp,
});
export type PolicyRevision = z.infer<typeof PolicyRevision>;

/**
 * A policy or agreement that partner agencies revise and adopt, with its revision history.
 */
export const PolicyFields = z.object({
  title: requiredLine('Policy title', LIMITS.title),
  kind: PolicyKind.default('agency-policy'),
  owningOrganizationId: Id.nullable().default(null),
  workgroupId: Id.nullable().default(null),
  partnerOrganizationIds: z.array(Id).default([]),
});

export const Policy = z.looseObject({
  id: Id,
  ...PolicyFields.shape,
  /** In the order they were added; src/policies/currentRevision.ts orders them by date. */
  revisions: z.array(PolicyRevision).default([]),
  createdAt: Timestamp,
});
export type Policy = z.infer<typeof Policy>;

/** The collections of policies in the workspace file (gathered in src/workspace/document.ts). */
export const policyRecords = { policies: Policy } as const;

import { z } from 'zod';
import { DayString, Timestamp } from '../model/dates';
import { Id } from '../model/ids';
import { labelledEnum } from '../model/labels';
import { Sector } from '../model/sector';
import { LIMITS, longText, requiredLine } from '../model/text';

/**
 * Committee governance: the steering committee's seats (which agency or sector holds each, who
 * sits in it and for what term), its officers, and each member's yearly declaration of interests.
 * Membership itself stays where it was: a person at the stage 'steering-committee'. Seating a
 * person moves them to that stage, so the checklist and the quorum keep reading one fact.
 */

/**
 * One person's time in a seat. A person deleted from the list takes their terms with them
 * (src/stakeholders/references.ts removes a list entry that cannot do without its person).
 * The open term (leftOn null) is the seat's current holder.
 */
export const SeatTerm = z.looseObject({
  id: Id,
  stakeholderId: Id,
  startsOn: DayString,
  /** The day the term is due to end; null for a seat held without a fixed term. */
  endsOn: DayString.nullable().default(null),
  /** The day the person actually left the seat; null while they sit in it. */
  leftOn: DayString.nullable().default(null),
});
export type SeatTerm = z.infer<typeof SeatTerm>;

export const SeatFields = z.object({
  name: requiredLine('Seat name', LIMITS.title),
  /** The agency the seat belongs to, when it belongs to one (the sheriff's office seat). */
  organizationId: Id.nullable().default(null),
  sector: Sector.default('other'),
  /** How long a term in this seat usually lasts, to suggest the end day; null for no fixed term. */
  termYears: z
    .number({ error: 'The length of a term is a number of years.' })
    .int({ error: 'The length of a term is a whole number of years.' })
    .min(1, { error: 'A term lasts at least 1 year.' })
    .max(10, { error: 'A term can last at most 10 years.' })
    .nullable()
    .default(2),
});

export const CommitteeSeat = z.looseObject({
  id: Id,
  ...SeatFields.shape,
  /** Everyone who has sat in the seat, oldest first; at most one term is open. */
  terms: z.array(SeatTerm).default([]),
  createdAt: Timestamp,
});
export type CommitteeSeat = z.infer<typeof CommitteeSeat>;

export const OfficerRole = labelledEnum(['chair', 'vice-chair', 'secretary', 'coordinator'], {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  secretary: 'Secretary',
  coordinator: 'CIT coordinator',
});
export type OfficerRole = z.infer<typeof OfficerRole>;

/** Who held an office from when to when; `to` null while they hold it. */
export const OfficerTerm = z.looseObject({
  id: Id,
  role: OfficerRole,
  /** Null once the person is deleted from the list: the dates of the office stay in its history. */
  stakeholderId: Id.nullable(),
  from: DayString,
  to: DayString.nullable().default(null),
});
export type OfficerTerm = z.infer<typeof OfficerTerm>;

export const DeclarationFields = z.object({
  stakeholderId: Id,
  year: z
    .number({ error: 'The year is a number.' })
    .int({ error: 'The year is a whole number.' })
    .min(2000, { error: 'The year is 2000 or later.' })
    .max(2100, { error: 'The year is 2100 or earlier.' }),
  declaredOn: DayString,
  nothingToDeclare: z.boolean().default(false),
  /** What the member declared. A private note about a person: a share-safe copy leaves it out. */
  interests: longText('Interests', LIMITS.shortText),
});

/** A member's declaration of conflicts of interest for one year. */
export const ConflictDeclaration = z.looseObject({
  id: Id,
  ...DeclarationFields.shape,
  /** Null once the person is deleted; such a declaration is ignored. */
  stakeholderId: Id.nullable(),
  createdAt: Timestamp,
});
export type ConflictDeclaration = z.infer<typeof ConflictDeclaration>;

/** The collections of the committee in the workspace file (gathered in src/workspace/document.ts). */
export const committeeRecords = {
  committeeSeats: CommitteeSeat,
  committeeOfficers: OfficerTerm,
  conflictDeclarations: ConflictDeclaration,
} as const;

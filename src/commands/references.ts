import { AGENDA_TEMPLATES } from '../meetings/templates';
import type { Meeting } from '../meetings/model';
import type { PolicyRevision } from '../policies/model';
import type { Nomination, RecognitionEvent } from '../recognition/model';
import type { CollectionName, WorkspaceDocument } from '../workspace/document';
import { ALL_ITEMS } from '../stages/definitions';
import { NotFoundError, missingRecordMessage } from '../errors';

/**
 * Which input fields of a command name a record, and the one check that they do. A field named
 * `ownerId` names a stakeholder in every command, so fields are declared here by name, wherever
 * in the input they sit; a command declares its own only for fields whose meaning is its own
 * (`id`, `itemId`) or differs from the usual one. `applyCommand` checks every declared field
 * against the workspace before `apply` runs, so a command cannot forget one, and
 * tests/unit/safety-references.test.ts fails for any `…Id` / `…Ids` field left undeclared.
 */

type Input = Record<string, unknown>;

export interface Reference {
  kind: 'record';
  /** What the person calls the record, in the refusal: "That workgroup no longer exists." */
  what: string;
  /**
   * The ids the field may name, read from the workspace as it was before the change. Undefined
   * when the record they live in is itself missing or has no such list yet (minutes not started):
   * that record's own field, or the command, says so in its own words.
   */
  among(doc: WorkspaceDocument, input: Input): Iterable<string> | undefined;
  /** A refusal in other words than "That … no longer exists. It may have been deleted." */
  message?: string;
}

/** A field holding `{ kind, id }`, whose id names a record of the collection its kind says. */
export interface KindedReference {
  kind: 'kinded';
  kinds: Readonly<Record<string, Reference>>;
}

export type FieldReference = Reference | KindedReference;
export type References = Readonly<Record<string, FieldReference>>;

export function inCollection(collection: CollectionName, what: string): Reference {
  return { kind: 'record', what, among: (doc) => (doc[collection] as ReadonlyArray<{ id: string }>).map((r) => r.id) };
}

/** A record that lives inside another one, found from the field naming that one. */
export function within<P>(
  what: string,
  parent: (doc: WorkspaceDocument, input: Input) => P | undefined,
  ids: (parent: P, input: Input) => Iterable<string> | undefined,
  message?: string,
): Reference {
  return {
    kind: 'record',
    what,
    message,
    among(doc, input) {
      const found = parent(doc, input);
      return found === undefined ? undefined : ids(found, input);
    },
  };
}

const byId = <T extends { id: string }>(items: readonly T[], id: unknown): T | undefined =>
  typeof id === 'string' ? items.find((item) => item.id === id) : undefined;

export const meetingOf = (doc: WorkspaceDocument, input: Input): Meeting | undefined =>
  byId(doc.meetings, input.meetingId);
export const eventOf = (doc: WorkspaceDocument, input: Input): RecognitionEvent | undefined =>
  byId(doc.recognitionEvents, input.eventId);
export const revisionOf = (doc: WorkspaceDocument, input: Input): PolicyRevision | undefined => {
  const policy = byId(doc.policies, input.policyId);
  return policy ? byId(policy.revisions, input.revisionId) : undefined;
};
export const nominationOf = (doc: WorkspaceDocument, input: Input): Nomination | undefined => {
  const event = eventOf(doc, input);
  return event ? byId(event.nominations, input.nominationId ?? input.id) : undefined;
};

export const agendaSections = within('agenda section', meetingOf, (m) => m.agenda.map((s) => s.id));
export const agendaItems = within('agenda item', meetingOf, (m) => m.agenda.flatMap((s) => s.items.map((i) => i.id)));
export const minutesItems = within('minutes item', meetingOf, (m) => m.minutes?.items.map((i) => i.id));
export const awardCategories = within('award', eventOf, (e) => e.categories.map((c) => c.id));
export const nominations = within('nomination', eventOf, (e) => e.nominations.map((n) => n.id));
export const trainingClassOf = (doc: WorkspaceDocument, input: Input) => byId(doc.trainingClasses, input.classId);
export const segments = within('segment', eventOf, (e) => e.runOfShow.map((s) => s.id));

const stakeholder = (what: string) => inCollection('stakeholders', what);

/** Fields that mean the same in every command, by name. */
export const REFERENCE_FIELDS: References = {
  ownerId: stakeholder('owner'),
  presenterId: stakeholder('presenter'),
  leadId: stakeholder('lead'),
  memberIds: stakeholder('member'),
  inviteeIds: stakeholder('invited person'),
  stakeholderId: stakeholder('person'),
  stakeholderIds: stakeholder('person'),
  advanceStakeholderIds: stakeholder('person'),
  reviewerId: stakeholder('reviewer'),
  reviewerIds: stakeholder('committee member'),
  nomineeId: stakeholder('nominee'),
  nominatedById: stakeholder('nominator'),
  speakerId: stakeholder('speaker'),
  instructorIds: stakeholder('instructor'),
  panelSpeakerIds: stakeholder('panel speaker'),
  organizationId: inCollection('organizations', 'organization'),
  owningOrganizationId: inCollection('organizations', 'owning agency'),
  partnerOrganizationIds: inCollection('organizations', 'partner agency'),
  workgroupId: inCollection('workgroups', 'workgroup'),
  meetingId: inCollection('meetings', 'meeting'),
  approvedAtMeetingId: inCollection('meetings', 'meeting'),
  fromMeetingId: inCollection('meetings', 'meeting'),
  toMeetingId: inCollection('meetings', 'meeting'),
  policyId: inCollection('policies', 'policy'),
  eventId: inCollection('recognitionEvents', 'recognition event'),
  conversationId: inCollection('conversations', 'conversation'),
  actionItemId: inCollection('actionItems', 'action item'),
  courseId: inCollection('trainingCourses', 'course'),
  classId: inCollection('trainingClasses', 'class'),
  seatId: inCollection('committeeSeats', 'seat'),
  pulledById: stakeholder('member'),
  recusedIds: stakeholder('recused member'),
  traineeId: within('trainee', trainingClassOf, (c) => c.trainees.map((t) => t.id)),
  sectionId: agendaSections,
  toSectionId: agendaSections,
  decisionId: within('decision', meetingOf, (m, input) =>
    m.minutes?.items.find((i) => i.id === input.itemId)?.decisions.map((d) => d.id),
  ),
  seriesId: {
    kind: 'record',
    what: 'series',
    among: (doc) => doc.meetings.flatMap((m) => (m.series ? [m.series.id] : [])),
  },
  templateId: {
    kind: 'record',
    what: 'agenda template',
    among: () => AGENDA_TEMPLATES.map((t) => t.id),
    message: 'That agenda template no longer exists. Choose another.',
  },
  revisionId: within(
    'revision',
    (doc, input) => byId(doc.policies, input.policyId),
    (p) => p.revisions.map((r) => r.id),
  ),
  reviewId: within('review', revisionOf, (r) => r.reviews.map((v) => v.id)),
  categoryId: awardCategories,
  nominationId: nominations,
  /** Where an action item came from. */
  source: {
    kind: 'kinded',
    kinds: {
      meeting: inCollection('meetings', 'meeting'),
      workgroup: inCollection('workgroups', 'workgroup'),
      conversation: inCollection('conversations', 'conversation'),
      policy: inCollection('policies', 'policy'),
      recognition: inCollection('recognitionEvents', 'recognition event'),
      stage: { kind: 'record', what: 'checklist item', among: () => ALL_ITEMS.map((located) => located.item.id) },
      // An item added by hand comes from no record, so it names none.
      manual: { kind: 'record', what: 'source', among: () => [] },
    },
  },
};

/** The declaration that applies to a field of a command's input: the command's own, else the shared one. */
export function referenceFor(key: string, own: References | undefined): FieldReference | undefined {
  if (own && Object.hasOwn(own, key)) return own[key];
  return Object.hasOwn(REFERENCE_FIELDS, key) ? REFERENCE_FIELDS[key] : undefined;
}

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function refuseMissing(reference: Reference, ids: readonly string[], doc: WorkspaceDocument, input: Input): void {
  if (ids.length === 0) return;
  const among = reference.among(doc, input);
  if (among === undefined) return;
  const known = new Set(among);
  if (ids.some((id) => !known.has(id)))
    throw new NotFoundError(reference.message ?? missingRecordMessage(reference.what));
}

/**
 * Refuses the change when any declared field names a record that is not in the workspace.
 * Plain loops over the validated input: an import of 10,000 rows is walked once.
 */
export function checkReferences(doc: WorkspaceDocument, input: unknown, own?: References): void {
  if (input === null || typeof input !== 'object') return;
  const top = input as Input;
  const pending: unknown[] = [input];
  while (pending.length) {
    const node = pending.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') pending.push(item);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node as Input)) {
      const reference = referenceFor(key, own);
      if (!reference) {
        if (value !== null && typeof value === 'object') pending.push(value);
      } else if (reference.kind === 'record') {
        refuseMissing(reference, idsIn(value), doc, top);
      } else if (value !== null && typeof value === 'object') {
        const { kind, id } = value as { kind?: unknown; id?: unknown };
        const named =
          typeof kind === 'string' && Object.hasOwn(reference.kinds, kind) ? reference.kinds[kind] : undefined;
        if (named) refuseMissing(named, idsIn(id), doc, top);
      }
    }
  }
}

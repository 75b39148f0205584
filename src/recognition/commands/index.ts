import { tz } from '@date-fns/tz';
import { format, max, parseISO, subDays } from 'date-fns';
import type { Draft } from 'immer';
import { z } from 'zod';
import { DayString } from '../../model/dates';
import { Id } from '../../model/ids';
import {
  AwardCategoryFields,
  NominationFields,
  NominationStatus,
  RecognitionEventFields,
  Score,
  SegmentFields,
  type AwardCategory,
  type Nomination,
  type RecognitionEvent,
} from '../model';
import { LIMITS, longText, optionalLine, requiredLine } from '../../model/text';
import type { WorkspaceDocument } from '../../workspace/document';
import { nomineeConflict, storyTooLong } from '../nominationRules';
import { isActive, nomineeOf } from '../nominees';
import { STANDARD_CATEGORIES } from '../standardCategories';
import { STANDARD_PREPARATIONS } from '../standardPreparations';
import { standardRunOfShow } from '../standardRunOfShow';
import { createActionItem } from '../../actions/commands';
import { defineCommand, findOrFail, type CommandContext } from '../../commands/define';
import { changesOf } from '../../commands/changes';
import { awardCategories, inCollection, nominationOf, nominations, segments, within } from '../../commands/references';
import { CommandError, InputError, NotFoundError } from '../../errors';

const Subject = { id: inCollection('recognitionEvents', 'recognition event') };
const Category = { id: awardCategories };
const NominationRef = { id: nominations };
const SegmentRef = { id: segments };

/**
 * Recognition events: the event itself, its award categories, nominations and the committee's
 * scores, the run of show, and the preparations (which are action items with this event as their
 * source, so they live in the one action item list).
 */

const MAX_CATEGORIES = 40;
const MAX_NOMINATIONS = 2_000;
const MAX_SEGMENTS = 150;
const MAX_COMMITTEE = 60;

type DraftDoc = Draft<WorkspaceDocument>;
type DraftEvent = Draft<RecognitionEvent>;

function findEvent(draft: DraftDoc, id: string): DraftEvent {
  return findOrFail(draft.recognitionEvents, id, 'recognition event');
}

function eventTitle(doc: WorkspaceDocument, id: string): string {
  return doc.recognitionEvents.find((e) => e.id === id)?.title ?? '';
}

/** A broken rule shown beside the form field it concerns. */
function refuse(field: string, message: string): never {
  throw new InputError(message, { [field]: message });
}

// ── Events ─────────────────────────────────────────────────────────────────────────────────

export const addRecognitionEvent = defineCommand({
  name: 'addRecognitionEvent',
  label: 'add recognition event',
  input: RecognitionEventFields.extend({
    /** Start with the standard award categories (they can be changed or removed afterwards). */
    standardCategories: z.boolean().default(true),
  }).strict(),
  describe: (input) => `add recognition event "${input.title}"`,
  apply(draft, { standardCategories, ...fields }, context) {
    const event: RecognitionEvent = {
      id: context.newId(),
      ...fields,
      categories: standardCategories ? STANDARD_CATEGORIES.map((c) => ({ id: context.newId(), ...c })) : [],
      nominations: [],
      committeeIds: [],
      runOfShow: [],
      createdAt: context.now.toISOString(),
    };
    draft.recognitionEvents.push(event);
    return event.id;
  },
});

export const updateRecognitionEvent = defineCommand({
  name: 'updateRecognitionEvent',
  references: Subject,
  label: 'edit recognition event',
  input: z.strictObject({ id: Id, changes: changesOf(RecognitionEventFields) }),
  describe: (input, doc) => `edit recognition event "${eventTitle(doc, input.id)}"`,
  apply(draft, { id, changes }) {
    Object.assign(findEvent(draft, id), changes);
  },
});

export const deleteRecognitionEvent = defineCommand({
  name: 'deleteRecognitionEvent',
  references: Subject,
  label: 'delete recognition event',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `delete recognition event "${eventTitle(doc, input.id)}"`,
  apply(draft, { id }) {
    const index = draft.recognitionEvents.findIndex((e) => e.id === id);
    if (index < 0) throw new NotFoundError('That recognition event no longer exists. It may have been deleted.');
    draft.recognitionEvents.splice(index, 1);
    // Its preparations were its own checklist; with the event gone they have nothing to prepare.
    draft.actionItems = draft.actionItems.filter(
      (item) => !(item.source.kind === 'recognition' && item.source.id === id),
    );
  },
});

// ── Award categories ───────────────────────────────────────────────────────────────────────

function checkCategoryName(event: DraftEvent, name: string, exceptId: string | null): void {
  const taken = event.categories.some(
    (c) => c.id !== exceptId && c.name.toLocaleLowerCase('en-US') === name.toLocaleLowerCase('en-US'),
  );
  if (taken) refuse('name', `This event already has an award called "${name}".`);
}

export const addAwardCategory = defineCommand({
  name: 'addAwardCategory',
  label: 'add award category',
  input: AwardCategoryFields.extend({ eventId: Id }).strict(),
  describe: (input) => `add award "${input.name}"`,
  apply(draft, { eventId, ...fields }, context) {
    const event = findEvent(draft, eventId);
    if (event.categories.length >= MAX_CATEGORIES)
      throw new CommandError(`An event can have at most ${MAX_CATEGORIES} awards.`);
    checkCategoryName(event, fields.name, null);
    const category: AwardCategory = { id: context.newId(), ...fields };
    event.categories.push(category);
    return category.id;
  },
});

export const addStandardCategories = defineCommand({
  name: 'addStandardCategories',
  label: 'add the standard awards',
  input: z.strictObject({ eventId: Id }),
  describe: (input, doc) => `add the standard awards to "${eventTitle(doc, input.eventId)}"`,
  apply(draft, { eventId }, context) {
    const event = findEvent(draft, eventId);
    const have = new Set(event.categories.map((c) => c.name.toLocaleLowerCase('en-US')));
    const missing = STANDARD_CATEGORIES.filter((c) => !have.has(c.name.toLocaleLowerCase('en-US')));
    if (missing.length === 0) throw new CommandError('This event already has every standard award.');
    for (const category of missing) event.categories.push({ id: context.newId(), ...category });
    return missing.length;
  },
});

export const updateAwardCategory = defineCommand({
  name: 'updateAwardCategory',
  references: Category,
  label: 'edit award category',
  input: z.strictObject({ eventId: Id, id: Id, changes: changesOf(AwardCategoryFields) }),
  describe: (input, doc) =>
    `edit award "${doc.recognitionEvents.find((e) => e.id === input.eventId)?.categories.find((c) => c.id === input.id)?.name ?? ''}"`,
  apply(draft, { eventId, id, changes }) {
    const event = findEvent(draft, eventId);
    const category = findOrFail(event.categories, id, 'award');
    if (changes.name !== undefined) checkCategoryName(event, changes.name, id);
    // A lower word limit is allowed: stories already over it stay, and are flagged for editing.
    Object.assign(category, changes);
  },
});

export const moveAwardCategory = defineCommand({
  name: 'moveAwardCategory',
  references: Category,
  label: 'reorder awards',
  input: z.strictObject({ eventId: Id, id: Id, toIndex: z.number().int().min(0).max(MAX_CATEGORIES) }),
  apply(draft, { eventId, id, toIndex }) {
    const event = findEvent(draft, eventId);
    moveWithin(event.categories, id, toIndex, 'award');
  },
});

export const removeAwardCategory = defineCommand({
  name: 'removeAwardCategory',
  references: Category,
  label: 'remove award category',
  input: z.strictObject({ eventId: Id, id: Id }),
  describe: (input, doc) =>
    `remove award "${doc.recognitionEvents.find((e) => e.id === input.eventId)?.categories.find((c) => c.id === input.id)?.name ?? ''}"`,
  apply(draft, { eventId, id }) {
    const event = findEvent(draft, eventId);
    const category = findOrFail(event.categories, id, 'award');
    const held = event.nominations.filter((n) => n.categoryId === id).length;
    if (held > 0) {
      throw new CommandError(
        `${category.name} has ${held} ${held === 1 ? 'nomination' : 'nominations'}. Move ${held === 1 ? 'it' : 'them'} to another award or delete ${held === 1 ? 'it' : 'them'} first, so no nominator’s words are lost.`,
      );
    }
    for (const segment of event.runOfShow) {
      // Keep the presentation in the run of show under the award's old name.
      if (segment.categoryId === id) {
        segment.categoryId = null;
        segment.title ||= category.name;
      }
    }
    event.categories = event.categories.filter((c) => c.id !== id);
  },
});

// ── Nominations ────────────────────────────────────────────────────────────────────────────

/** The nominee is a stakeholder or a typed name, never neither. */
const hasNominee = (value: { nomineeId: string | null; nomineeName: string }, ctx: z.RefinementCtx) => {
  if (!value.nomineeId && !value.nomineeName) {
    ctx.addIssue({
      code: 'custom',
      path: ['nomineeName'],
      message: 'Choose the nominee from your stakeholders, or type their name.',
    });
  }
};

/** The rules a nomination must keep after any change: one category per nominee, the story within its word limit. */
function checkNomination(
  draft: DraftDoc,
  event: DraftEvent,
  nomination: z.output<typeof NominationFields> & { status?: Nomination['status'] },
  exceptId: string | null,
): void {
  const category = findOrFail(event.categories, nomination.categoryId, 'award');
  // A withdrawn nomination holds no place, so correcting one never clashes with the nominee's live one.
  const conflict = nomination.status === 'withdrawn' ? null : nomineeConflict(event, nomination, draft, exceptId);
  if (conflict) refuse(nomination.nomineeId ? 'nomineeId' : 'nomineeName', conflict);
  const tooLong = storyTooLong(nomination.story, category);
  if (tooLong) refuse('story', tooLong);
}

export const addNomination = defineCommand({
  name: 'addNomination',
  label: 'add nomination',
  input: NominationFields.extend({ eventId: Id }).strict().superRefine(hasNominee),
  describe: (input, doc) => {
    const nominee = nomineeOf(input, doc);
    return `add nomination of ${nominee.name}`;
  },
  apply(draft, { eventId, ...fields }, context) {
    const event = findEvent(draft, eventId);
    if (event.nominations.length >= MAX_NOMINATIONS)
      throw new CommandError(`An event can hold at most ${MAX_NOMINATIONS.toLocaleString('en-US')} nominations.`);
    checkNomination(draft, event, fields, null);
    const nomination: Nomination = {
      id: context.newId(),
      ...fields,
      receivedOn: fields.receivedOn ?? context.now.toISOString().slice(0, 10),
      status: 'received',
      reviews: [],
      createdAt: context.now.toISOString(),
    };
    event.nominations.push(nomination);
    return nomination.id;
  },
});

export const updateNomination = defineCommand({
  name: 'updateNomination',
  references: NominationRef,
  label: 'edit nomination',
  input: z.strictObject({ eventId: Id, id: Id, changes: changesOf(NominationFields) }),
  describe: () => 'edit nomination',
  apply(draft, { eventId, id, changes }) {
    const event = findEvent(draft, eventId);
    const nomination = findOrFail(event.nominations, id, 'nomination');
    const next = { ...nomination, ...changes };
    if (!next.nomineeId && !next.nomineeName)
      refuse('nomineeName', 'Choose the nominee from your stakeholders, or type their name.');
    checkNomination(draft, event, next, id);
    Object.assign(nomination, changes);
  },
});

export const setNominationStatus = defineCommand({
  name: 'setNominationStatus',
  references: { ids: nominations },
  label: 'change nomination status',
  input: z.strictObject({ eventId: Id, ids: z.array(Id).min(1).max(MAX_NOMINATIONS), status: NominationStatus }),
  describe: (input) =>
    input.status === 'selected'
      ? input.ids.length === 1
        ? 'select honoree'
        : `select ${input.ids.length} honorees`
      : `mark ${input.ids.length === 1 ? 'nomination' : `${input.ids.length} nominations`} ${NominationStatus.labelOf(input.status).toLowerCase()}`,
  apply(draft, { eventId, ids, status }) {
    const event = findEvent(draft, eventId);
    for (const id of ids) {
      const nomination = findOrFail(event.nominations, id, 'nomination');
      if (nomination.status === 'withdrawn' && status !== 'withdrawn') {
        // Bringing a nomination back must not give its nominee a second category.
        const conflict = nomineeConflict(event, nomination, draft, id);
        if (conflict) throw new CommandError(conflict);
      }
      nomination.status = status;
    }
  },
});

export const deleteNomination = defineCommand({
  name: 'deleteNomination',
  references: NominationRef,
  label: 'delete nomination',
  input: z.strictObject({ eventId: Id, id: Id }),
  describe: (input, doc) => {
    const nomination = doc.recognitionEvents
      .find((e) => e.id === input.eventId)
      ?.nominations.find((n) => n.id === input.id);
    return nomination ? `delete nomination of ${nomineeOf(nomination, doc).name}` : 'delete nomination';
  },
  apply(draft, { eventId, id }) {
    const event = findEvent(draft, eventId);
    findOrFail(event.nominations, id, 'nomination');
    event.nominations = event.nominations.filter((n) => n.id !== id);
  },
});

// ── Committee review ───────────────────────────────────────────────────────────────────────

export const setSelectionCommittee = defineCommand({
  name: 'setSelectionCommittee',
  label: 'change selection committee',
  input: z.strictObject({
    eventId: Id,
    reviewerIds: z.array(Id).max(MAX_COMMITTEE, { error: `A committee can have at most ${MAX_COMMITTEE} members.` }),
  }),
  apply(draft, { eventId, reviewerIds }) {
    const event = findEvent(draft, eventId);
    // Scores already given by someone who leaves the committee are kept: they were given in good faith.
    event.committeeIds = [...new Set(reviewerIds)];
  },
});

export const scoreNomination = defineCommand({
  name: 'scoreNomination',
  label: 'score nomination',
  input: z.strictObject({
    eventId: Id,
    nominationId: Id,
    reviewerId: Id,
    score: Score,
    comment: longText('Comment', LIMITS.shortText),
  }),
  describe: (input, doc) => {
    const reviewer = doc.stakeholders.find((s) => s.id === input.reviewerId)?.name ?? 'reviewer';
    return `score ${input.score} from ${reviewer}`;
  },
  apply(draft, { eventId, nominationId, reviewerId, score, comment }, context) {
    const event = findEvent(draft, eventId);
    const nomination = findOrFail(event.nominations, nominationId, 'nomination');
    const reviewer = findOrFail(draft.stakeholders, reviewerId, 'reviewer');
    if (!event.committeeIds.includes(reviewerId)) {
      throw new CommandError(
        `${reviewer.name} is not on this event’s selection committee. Add them to the committee first.`,
      );
    }
    if (nomination.nomineeId === reviewerId)
      throw new CommandError(`${reviewer.name} cannot score their own nomination.`);
    if (!isActive(nomination)) throw new CommandError('This nomination was withdrawn, so it is not scored.');
    const review = { reviewerId, score, comment, scoredAt: context.now.toISOString() };
    const existing = nomination.reviews.findIndex((r) => r.reviewerId === reviewerId);
    if (existing >= 0) nomination.reviews[existing] = review;
    else nomination.reviews.push(review);
    if (nomination.status === 'received') nomination.status = 'under-review';
  },
});

export const removeScore = defineCommand({
  name: 'removeScore',
  references: {
    reviewerId: within(
      'score',
      nominationOf,
      (n) => n.reviews.map((r) => r.reviewerId),
      'That score no longer exists.',
    ),
  },
  label: 'remove score',
  input: z.strictObject({ eventId: Id, nominationId: Id, reviewerId: Id }),
  apply(draft, { eventId, nominationId, reviewerId }) {
    const nomination = findOrFail(findEvent(draft, eventId).nominations, nominationId, 'nomination');
    const before = nomination.reviews.length;
    nomination.reviews = nomination.reviews.filter((r) => r.reviewerId !== reviewerId);
    if (nomination.reviews.length === before) throw new NotFoundError('That score no longer exists.');
  },
});

// ── Run of show ────────────────────────────────────────────────────────────────────────────

function checkSegment(
  draft: DraftDoc,
  event: DraftEvent,
  segment: z.output<typeof SegmentFields>,
): z.output<typeof SegmentFields> {
  if (segment.kind !== 'award') return { ...segment, categoryId: null };
  if (segment.categoryId) findOrFail(event.categories, segment.categoryId, 'award');
  else if (!segment.title) refuse('categoryId', 'Choose which award is presented, or give the segment a title.');
  return segment;
}

export const addSegment = defineCommand({
  name: 'addSegment',
  label: 'add to run of show',
  input: SegmentFields.extend({ eventId: Id, index: z.number().int().min(0).max(MAX_SEGMENTS).optional() }).strict(),
  apply(draft, { eventId, index, ...fields }, context) {
    const event = findEvent(draft, eventId);
    if (event.runOfShow.length >= MAX_SEGMENTS)
      throw new CommandError(`A run of show can have at most ${MAX_SEGMENTS} segments.`);
    const segment = { id: context.newId(), ...checkSegment(draft, event, fields) };
    event.runOfShow.splice(Math.min(index ?? event.runOfShow.length, event.runOfShow.length), 0, segment);
    return segment.id;
  },
});

export const updateSegment = defineCommand({
  name: 'updateSegment',
  references: SegmentRef,
  label: 'edit run of show',
  input: z.strictObject({ eventId: Id, id: Id, changes: changesOf(SegmentFields) }),
  apply(draft, { eventId, id, changes }) {
    const event = findEvent(draft, eventId);
    const segment = findOrFail(event.runOfShow, id, 'segment');
    Object.assign(segment, checkSegment(draft, event, { ...segment, ...changes }));
  },
});

export const moveSegment = defineCommand({
  name: 'moveSegment',
  references: SegmentRef,
  label: 'reorder run of show',
  input: z.strictObject({ eventId: Id, id: Id, toIndex: z.number().int().min(0).max(MAX_SEGMENTS) }),
  apply(draft, { eventId, id, toIndex }) {
    moveWithin(findEvent(draft, eventId).runOfShow, id, toIndex, 'segment');
  },
});

export const removeSegment = defineCommand({
  name: 'removeSegment',
  references: SegmentRef,
  label: 'remove from run of show',
  input: z.strictObject({ eventId: Id, id: Id }),
  apply(draft, { eventId, id }) {
    const event = findEvent(draft, eventId);
    findOrFail(event.runOfShow, id, 'segment');
    event.runOfShow = event.runOfShow.filter((s) => s.id !== id);
  },
});

export const draftRunOfShow = defineCommand({
  name: 'draftRunOfShow',
  label: 'draft the run of show',
  input: z.strictObject({ eventId: Id }),
  apply(draft, { eventId }, context) {
    const event = findEvent(draft, eventId);
    if (event.runOfShow.length > 0)
      throw new CommandError('The run of show already has segments. Remove them first to start from a draft.');
    event.runOfShow = standardRunOfShow(event).map((segment) => ({ id: context.newId(), ...segment }));
  },
});

// ── Preparations (action items with this event as their source) ────────────────────────────

export const addPreparation = defineCommand({
  name: 'addPreparation',
  label: 'add preparation',
  input: z.strictObject({
    eventId: Id,
    title: requiredLine('Preparation', LIMITS.title),
    ownerId: Id.nullable().default(null),
    ownerName: optionalLine('Owner'),
    dueDate: DayString.nullable().default(null),
  }),
  describe: (input) => `add preparation "${input.title}"`,
  apply(draft, { eventId, ...fields }, context) {
    findEvent(draft, eventId);
    return createActionItem(
      draft,
      { ...fields, status: 'open', source: { kind: 'recognition', id: eventId }, workgroupId: null, notes: '' },
      context,
    ).id;
  },
});

export const addStandardPreparations = defineCommand({
  name: 'addStandardPreparations',
  label: 'add the usual preparations',
  input: z.strictObject({ eventId: Id }),
  apply(draft, { eventId }, context) {
    const event = findEvent(draft, eventId);
    const have = new Set(
      draft.actionItems
        .filter((a) => a.source.kind === 'recognition' && a.source.id === eventId)
        .map((a) => a.title.toLocaleLowerCase('en-US')),
    );
    const missing = STANDARD_PREPARATIONS.filter((p) => !have.has(p.title.toLocaleLowerCase('en-US')));
    if (missing.length === 0) throw new CommandError('This event already has every usual preparation.');
    const today = todayIn(draft, context);
    for (const preparation of missing) {
      // Counted back from the event, but never in the past: a late start is due now, not overdue at birth.
      const due = format(max([subDays(parseISO(event.date), preparation.daysBefore), parseISO(today)]), 'yyyy-MM-dd');
      createActionItem(
        draft,
        {
          title: preparation.title,
          ownerId: null,
          ownerName: '',
          dueDate: due,
          status: 'open',
          source: { kind: 'recognition', id: eventId },
          workgroupId: null,
          notes: '',
        },
        context,
      );
    }
    return missing.length;
  },
});

function todayIn(draft: DraftDoc, context: CommandContext): string {
  return format(context.now, 'yyyy-MM-dd', { in: tz(draft.coalition.timeZone) });
}

function moveWithin<T extends { id: string }>(items: T[], id: string, toIndex: number, what: string): void {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) throw new NotFoundError(`That ${what} no longer exists. It may have been deleted.`);
  const [item] = items.splice(from, 1);
  if (item) items.splice(Math.min(toIndex, items.length), 0, item);
}

export const recognitionCommands = {
  addRecognitionEvent,
  updateRecognitionEvent,
  deleteRecognitionEvent,
  addAwardCategory,
  addStandardCategories,
  updateAwardCategory,
  moveAwardCategory,
  removeAwardCategory,
  addNomination,
  updateNomination,
  setNominationStatus,
  deleteNomination,
  setSelectionCommittee,
  scoreNomination,
  removeScore,
  addSegment,
  updateSegment,
  moveSegment,
  removeSegment,
  draftRunOfShow,
  addPreparation,
  addStandardPreparations,
};

import { z } from 'zod';
import { Id } from '../../model/ids';
import { NominationFields, NominationStatus, type Nomination } from '../model';
import { nomineeConflict, storyTooLong } from '../nominationRules';
import { nomineeOf } from '../nominees';
import { defineCommand, findOrFail } from '../../commands/define';
import { changesOf } from '../../commands/changes';
import { nominations } from '../../commands/references';
import { CommandError } from '../../errors';
import { NominationRef, MAX_NOMINATIONS, DraftDoc, DraftEvent, findEvent, refuse } from './shared';

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
      conflicts: [],
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

import type { Draft } from 'immer';
import { z } from 'zod';
import { changesOf } from '../commands/changes';
import { defineCommand, findOrFail, type CommandContext } from '../commands/define';
import { inCollection, within } from '../commands/references';
import { CommandError, InputError, NotFoundError } from '../errors';
import { dayInZone } from '../model/calendarDay';
import { DayString } from '../model/dates';
import { Id } from '../model/ids';
import { changeStage, lastChangeDay, StageChangeRefused } from '../stakeholders';
import type { WorkspaceDocument } from '../workspace/document';
import { DeclarationFields, OfficerRole, SeatFields, type CommitteeSeat, type ConflictDeclaration } from './model';
import { currentOfficer, ROLE_ON_RECORD } from './officers';
import { currentTerm } from './seats';

/**
 * Changes to the committee's seats, officers and declarations. Every one is undoable
 * (applyCommand records its patches). A seat's history is never rewritten by seating someone
 * new: the holder's term is closed on the day the next one starts.
 */

type DraftDoc = Draft<WorkspaceDocument>;
const SeatSubject = { id: inCollection('committeeSeats', 'seat') };
const OfficerSubject = { id: inCollection('committeeOfficers', 'officer term') };
const DeclarationSubject = { id: inCollection('conflictDeclarations', 'declaration') };

const personName = (doc: WorkspaceDocument, id: string | null | undefined) =>
  doc.stakeholders.find((s) => s.id === id)?.name ?? 'someone';
const seatName = (doc: WorkspaceDocument, id: unknown) => doc.committeeSeats.find((s) => s.id === id)?.name ?? 'seat';
const todayOf = (draft: DraftDoc, context: CommandContext) => dayInZone(context.now, draft.coalition.timeZone);

export const addSeat = defineCommand({
  name: 'addSeat',
  label: 'add seat',
  input: SeatFields.strict(),
  describe: (input) => `add seat "${input.name}"`,
  apply(draft, input, context) {
    refuseDuplicateSeat(draft, input.name, null);
    const seat: CommitteeSeat = { id: context.newId(), ...input, terms: [], createdAt: context.now.toISOString() };
    draft.committeeSeats.push(seat);
    return seat.id;
  },
});

export const updateSeat = defineCommand({
  name: 'updateSeat',
  references: SeatSubject,
  label: 'edit seat',
  input: z.strictObject({ id: Id, changes: changesOf(SeatFields) }),
  describe: (input, doc) => `edit seat "${seatName(doc, input.id)}"`,
  apply(draft, { id, changes }) {
    const seat = findOrFail(draft.committeeSeats, id, 'seat');
    if (changes.name !== undefined) refuseDuplicateSeat(draft, changes.name, id);
    Object.assign(seat, changes);
  },
});

export const deleteSeat = defineCommand({
  name: 'deleteSeat',
  references: SeatSubject,
  label: 'delete seat',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => `delete seat "${seatName(doc, input.id)}"`,
  apply(draft, { id }) {
    draft.committeeSeats = draft.committeeSeats.filter((s) => s.id !== id);
  },
});

export const seatMember = defineCommand({
  name: 'seatMember',
  label: 'seat member',
  input: z.strictObject({
    seatId: Id,
    stakeholderId: Id,
    startsOn: DayString,
    endsOn: DayString.nullable().default(null),
  }),
  describe: (input, doc) => `seat ${personName(doc, input.stakeholderId)} in "${seatName(doc, input.seatId)}"`,
  apply(draft, { seatId, stakeholderId, startsOn, endsOn }, context) {
    const seat = findOrFail(draft.committeeSeats, seatId, 'seat');
    refuseEndBeforeStart(startsOn, endsOn);
    const elsewhere = draft.committeeSeats.find(
      (s) => s.id !== seatId && currentTerm(s)?.stakeholderId === stakeholderId,
    );
    if (elsewhere)
      throw new InputError(`${personName(draft, stakeholderId)} already sits in the "${elsewhere.name}" seat.`, {
        stakeholderId: `Already sits in the "${elsewhere.name}" seat. A person holds one seat.`,
      });
    const current = currentTerm(seat);
    if (current) {
      if (current.stakeholderId === stakeholderId)
        throw new CommandError(
          `${personName(draft, stakeholderId)} already sits in this seat. Renew the term instead.`,
        );
      if (startsOn < current.startsOn)
        throw new InputError(
          `The new term cannot start before the current one (${current.startsOn}): the seat's history would overlap.`,
          { startsOn: `On or after ${current.startsOn}, when the current term began.` },
        );
      current.leftOn = startsOn;
    }
    const id = context.newId();
    seat.terms.push({ id, stakeholderId, startsOn, endsOn, leftOn: null });
    joinCommittee(draft, stakeholderId, startsOn, seat.name, context);
    return id;
  },
});

export const renewSeatTerm = defineCommand({
  name: 'renewSeatTerm',
  label: 'renew term',
  input: z.strictObject({ seatId: Id, endsOn: DayString }),
  describe: (input, doc) => `renew the term in "${seatName(doc, input.seatId)}"`,
  apply(draft, { seatId, endsOn }, context) {
    const seat = findOrFail(draft.committeeSeats, seatId, 'seat');
    const current = currentTerm(seat);
    if (!current) throw new CommandError('No one sits in this seat. Seat a member first.');
    // A renewal is a new term for the same person, so the history shows each term served.
    const from = current.endsOn ?? todayOf(draft, context);
    refuseEndBeforeStart(from, endsOn);
    if (current.endsOn === null) {
      current.endsOn = endsOn;
      return current.id;
    }
    current.leftOn = from;
    const id = context.newId();
    seat.terms.push({ id, stakeholderId: current.stakeholderId, startsOn: from, endsOn, leftOn: null });
    return id;
  },
});

export const vacateSeat = defineCommand({
  name: 'vacateSeat',
  label: 'leave seat empty',
  input: z.strictObject({ seatId: Id, leftOn: DayString }),
  describe: (input, doc) => `leave "${seatName(doc, input.seatId)}" empty`,
  apply(draft, { seatId, leftOn }) {
    const seat = findOrFail(draft.committeeSeats, seatId, 'seat');
    let current = currentTerm(seat);
    if (!current) throw new CommandError('This seat is already empty.');
    // A renewal made early opens a term that has not begun: leaving before it begins cancels it,
    // and the member leaves the term they are serving.
    while (current && leftOn < current.startsOn) {
      const before = seat.terms.at(-2);
      if (!before || before.stakeholderId !== current.stakeholderId || before.leftOn !== current.startsOn) break;
      seat.terms.pop();
      before.leftOn = null;
      current = before;
    }
    if (leftOn < current.startsOn)
      throw new InputError(`The member cannot leave before their term began (${current.startsOn}).`, {
        leftOn: `On or after ${current.startsOn}.`,
      });
    current.leftOn = leftOn;
  },
});

export const removeSeatTerm = defineCommand({
  name: 'removeSeatTerm',
  references: {
    termId: within(
      'term',
      (doc, input) => doc.committeeSeats.find((s) => s.id === input.seatId),
      (seat) => seat.terms.map((t) => t.id),
    ),
  },
  label: 'remove term',
  input: z.strictObject({ seatId: Id, termId: Id }),
  describe: (input, doc) => `remove a term from "${seatName(doc, input.seatId)}"`,
  apply(draft, { seatId, termId }) {
    const seat = findOrFail(draft.committeeSeats, seatId, 'seat');
    findOrFail(seat.terms, termId, 'term');
    seat.terms = seat.terms.filter((t) => t.id !== termId);
  },
});

export const appointOfficer = defineCommand({
  name: 'appointOfficer',
  label: 'appoint officer',
  input: z.strictObject({ role: OfficerRole, stakeholderId: Id, from: DayString }),
  describe: (input, doc) =>
    `appoint ${personName(doc, input.stakeholderId)} ${OfficerRole.labelOf(input.role).toLowerCase()}`,
  apply(draft, { role, stakeholderId, from }, context) {
    const current = currentOfficer(draft.committeeOfficers, role);
    if (current) {
      if (current.stakeholderId === stakeholderId)
        throw new CommandError(`${personName(draft, stakeholderId)} already holds this office.`);
      if (from < current.from)
        throw new InputError(`The new term cannot begin before the current holder's (${current.from}).`, {
          from: `On or after ${current.from}.`,
        });
      current.to = from;
    }
    const id = context.newId();
    draft.committeeOfficers.push({ id, role, stakeholderId, from, to: null });
    settleRole(draft, role, context);
    return id;
  },
});

export const endOfficerTerm = defineCommand({
  name: 'endOfficerTerm',
  label: 'end officer term',
  input: z.strictObject({ role: OfficerRole, on: DayString }),
  describe: (input) => `end the term of the ${OfficerRole.labelOf(input.role).toLowerCase()}`,
  apply(draft, { role, on }, context) {
    const current = currentOfficer(draft.committeeOfficers, role);
    if (!current) throw new CommandError(`No one holds the office of ${OfficerRole.labelOf(role).toLowerCase()}.`);
    if (on < current.from)
      throw new InputError(`The term cannot end before it began (${current.from}).`, {
        on: `On or after ${current.from}.`,
      });
    current.to = on;
    settleRole(draft, role, context);
  },
});

export const deleteOfficerTerm = defineCommand({
  name: 'deleteOfficerTerm',
  references: OfficerSubject,
  label: 'delete officer term',
  input: z.strictObject({ id: Id }),
  describe: () => 'delete an officer term',
  apply(draft, { id }, context) {
    const term = findOrFail(draft.committeeOfficers, id, 'officer term');
    draft.committeeOfficers = draft.committeeOfficers.filter((o) => o.id !== id);
    if (term.to === null) settleRole(draft, term.role, context);
  },
});

export const recordDeclaration = defineCommand({
  name: 'recordDeclaration',
  label: 'record declaration',
  input: DeclarationFields.strict(),
  describe: (input, doc) => `record ${personName(doc, input.stakeholderId)}'s declaration for ${input.year}`,
  apply(draft, input, context) {
    const clash = draft.conflictDeclarations.find(
      (d) => d.stakeholderId === input.stakeholderId && d.year === input.year,
    );
    if (clash)
      throw new InputError(
        `${personName(draft, input.stakeholderId)} has already declared for ${input.year}. Edit that declaration.`,
        {
          year: `Already declared for ${input.year}.`,
        },
      );
    const declaration: ConflictDeclaration = { id: context.newId(), ...input, createdAt: context.now.toISOString() };
    settleDeclaration(declaration, todayOf(draft, context));
    draft.conflictDeclarations.push(declaration);
    return declaration.id;
  },
});

export const updateDeclaration = defineCommand({
  name: 'updateDeclaration',
  references: DeclarationSubject,
  label: 'edit declaration',
  input: z.strictObject({ id: Id, changes: changesOf(DeclarationFields.omit({ stakeholderId: true })) }),
  describe: () => 'edit a declaration of interests',
  apply(draft, { id, changes }, context) {
    const declaration = findOrFail(draft.conflictDeclarations, id, 'declaration');
    if (
      changes.year !== undefined &&
      draft.conflictDeclarations.some(
        (d) => d.id !== id && d.stakeholderId === declaration.stakeholderId && d.year === changes.year,
      )
    )
      throw new InputError(`There is already a declaration for ${changes.year}.`, {
        year: 'Already declared for that year.',
      });
    Object.assign(declaration, changes);
    settleDeclaration(declaration, todayOf(draft, context));
  },
});

export const deleteDeclaration = defineCommand({
  name: 'deleteDeclaration',
  references: DeclarationSubject,
  label: 'delete declaration',
  input: z.strictObject({ id: Id }),
  describe: () => 'delete a declaration of interests',
  apply(draft, { id }) {
    draft.conflictDeclarations = draft.conflictDeclarations.filter((d) => d.id !== id);
  },
});

export const committeeCommands = {
  addSeat,
  updateSeat,
  deleteSeat,
  seatMember,
  renewSeatTerm,
  vacateSeat,
  removeSeatTerm,
  appointOfficer,
  endOfficerTerm,
  deleteOfficerTerm,
  recordDeclaration,
  updateDeclaration,
  deleteDeclaration,
};

function refuseDuplicateSeat(draft: DraftDoc, name: string, exceptId: string | null): void {
  const key = name.toLocaleLowerCase();
  if (draft.committeeSeats.some((s) => s.id !== exceptId && s.name.toLocaleLowerCase() === key))
    throw new InputError(`There is already a seat called "${name}". Choose a different name.`, {
      name: 'There is already a seat of this name.',
    });
}

function refuseEndBeforeStart(startsOn: string, endsOn: string | null): void {
  if (endsOn !== null && endsOn <= startsOn)
    throw new InputError(`A term must end (${endsOn}) after it starts (${startsOn}).`, {
      endsOn: 'On or before the first day of the term.',
    });
}

/**
 * Sitting in a seat makes a person a member of the steering committee, which the rest of the
 * app reads from their stage: the move is recorded in their stage history like any other. A
 * term that starts in the future moves nobody yet.
 */
function joinCommittee(
  draft: DraftDoc,
  stakeholderId: string,
  startsOn: string,
  seat: string,
  context: CommandContext,
) {
  const person = draft.stakeholders.find((s) => s.id === stakeholderId);
  if (!person) throw new NotFoundError('That person no longer exists. They may have been deleted.');
  const today = todayOf(draft, context);
  if (startsOn > today || person.stage === 'steering-committee') return;
  const last = lastChangeDay(person);
  const on = last && last > startsOn ? last : startsOn;
  try {
    if (changeStage(person, { stage: 'steering-committee', on, note: `Took the "${seat}" seat` }, today) === 'changed')
      person.updatedAt = context.now.toISOString();
  } catch (error) {
    if (error instanceof StageChangeRefused) throw new CommandError(error.message);
    throw error;
  }
}

/** The role on people's records follows the officer history: only the current holder carries it. */
function settleRole(draft: DraftDoc, role: z.infer<typeof OfficerRole>, context: CommandContext): void {
  const onRecord = ROLE_ON_RECORD[role];
  if (!onRecord) return;
  const holder = currentOfficer(draft.committeeOfficers, role)?.stakeholderId ?? null;
  for (const person of draft.stakeholders) {
    const has = person.roles.includes(onRecord);
    const should = person.id === holder;
    if (has === should) continue;
    person.roles = should ? [...person.roles, onRecord] : person.roles.filter((r) => r !== onRecord);
    person.updatedAt = context.now.toISOString();
  }
}

function settleDeclaration(declaration: Draft<ConflictDeclaration> | ConflictDeclaration, today: string): void {
  if (declaration.declaredOn > today)
    throw new InputError('A declaration cannot be dated in the future.', { declaredOn: 'In the future.' });
  if (declaration.nothingToDeclare) declaration.interests = '';
  else if (!declaration.interests.trim())
    throw new InputError('Write what the member declared, or mark that they have nothing to declare.', {
      interests: 'Write the interests, or choose "Nothing to declare".',
    });
}

import { z } from 'zod';
import { Id } from '../../model/ids';
import { AwardCategoryFields, type AwardCategory } from '../model';
import { STANDARD_CATEGORIES } from '../standardCategories';
import { defineCommand, findOrFail } from '../../commands/define';
import { changesOf } from '../../commands/changes';
import { CommandError } from '../../errors';
import { Category, MAX_CATEGORIES, DraftEvent, findEvent, eventTitle, refuse, moveWithin } from './shared';

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

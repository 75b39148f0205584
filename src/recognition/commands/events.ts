import { z } from 'zod';
import { Id } from '../../model/ids';
import { RecognitionEventFields, type RecognitionEvent } from '../model';
import { STANDARD_CATEGORIES } from '../standardCategories';
import { defineCommand } from '../../commands/define';
import { changesOf } from '../../commands/changes';
import { NotFoundError } from '../../errors';
import { Subject, findEvent, eventTitle } from './shared';

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
      blindReview: false,
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

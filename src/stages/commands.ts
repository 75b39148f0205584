import { z } from 'zod';
import { DayString } from '../model/dates';
import { MarkStatus, StageMark } from './model';
import { dayInZone } from '../model/calendarDay';
import { ALL_ITEMS, findItem } from './definitions';
import { defineCommand } from '../commands/define';
import type { Reference } from '../commands/references';
import { CommandError, InputError } from '../errors';

const checklistItem: Reference = {
  kind: 'record',
  what: 'checklist item',
  among: () => ALL_ITEMS.map((located) => located.item.id),
};
const markedItem: Reference = {
  kind: 'record',
  what: 'checklist mark',
  among: (doc) => doc.stageMarks.map((m) => m.itemId),
  message: 'That item has no mark to clear. It may have been cleared already.',
};

/**
 * A person's own word on a checklist item. Where the workspace holds no evidence, the mark is
 * the item's status; where it does, the mark overrides the evidence and must say why, because
 * everyone reading the checklist later sees both.
 */

const ItemId = StageMark.shape.itemId;

export const MarkStageItemInput = z
  .strictObject({
    itemId: ItemId,
    status: MarkStatus,
    on: DayString,
    by: StageMark.shape.by,
    note: StageMark.shape.note,
  })
  .superRefine((input, context) => {
    const located = findItem(input.itemId);
    if (!located) {
      context.addIssue({ code: 'custom', path: ['itemId'], message: 'That checklist item is not one the app knows.' });
    } else if (located.item.rule && input.note === '') {
      context.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'This item is worked out from your data, so marking it by hand needs a reason others can read.',
      });
    }
  });

export const markStageItem = defineCommand({
  name: 'markStageItem',
  references: { itemId: checklistItem },
  label: 'mark checklist item',
  input: MarkStageItemInput,
  describe: (input) => {
    const title = findItem(input.itemId)?.item.title ?? input.itemId;
    const what = input.status === 'not-applicable' ? 'as not applying' : MarkStatus.labelOf(input.status).toLowerCase();
    return `mark "${title}" ${what}`;
  },
  apply(draft, input, context) {
    const today = dayInZone(context.now, draft.coalition.timeZone);
    if (input.on > today) {
      const message = `The date cannot be in the future. Today is ${today}.`;
      throw new InputError(message, { on: message });
    }
    const mark: StageMark = { ...input, markedAt: context.now.toISOString() };
    // One mark per item: a new mark replaces the old one rather than piling up.
    const index = draft.stageMarks.findIndex((m) => m.itemId === input.itemId);
    if (index >= 0) draft.stageMarks[index] = mark;
    else draft.stageMarks.push(mark);
  },
});

export const clearStageMark = defineCommand({
  name: 'clearStageMark',
  references: { itemId: markedItem },
  label: 'clear checklist mark',
  input: z.strictObject({ itemId: ItemId }),
  describe: (input) => `clear the mark on "${findItem(input.itemId)?.item.title ?? input.itemId}"`,
  apply(draft, { itemId }) {
    const index = draft.stageMarks.findIndex((m) => m.itemId === itemId);
    if (index < 0) throw new CommandError('That item has no mark to clear. It may have been cleared already.');
    draft.stageMarks.splice(index, 1);
  },
});

export const stageCommands = { markStageItem, clearStageMark };

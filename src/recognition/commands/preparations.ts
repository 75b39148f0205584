import { format, max, parseISO, subDays } from 'date-fns';
import { z } from 'zod';
import { DayString } from '../../model/dates';
import { Id } from '../../model/ids';
import { LIMITS, optionalLine, requiredLine } from '../../model/text';
import { STANDARD_PREPARATIONS } from '../standardPreparations';
import { createActionItem } from '../../actions';
import { defineCommand } from '../../commands/define';
import { CommandError } from '../../errors';
import { findEvent, todayIn } from './shared';

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

import { z } from 'zod';
import { Id } from '../../model/ids';
import { SegmentFields } from '../model';
import { standardRunOfShow } from '../standardRunOfShow';
import { defineCommand, findOrFail } from '../../commands/define';
import { changesOf } from '../../commands/changes';
import { CommandError } from '../../errors';
import { SegmentRef, MAX_SEGMENTS, DraftDoc, DraftEvent, findEvent, refuse, moveWithin } from './shared';

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

import { z } from 'zod';
import { Id } from '../../model/ids';
import { RecurrenceRule, type Meeting } from '../model';
import { LIMITS, requiredLine } from '../../model/text';
import { byStart } from '../body';
import { carryForwardCandidates } from '../carryForward';
import { describeRule, nextOccurrence } from '../recurrence';
import { CARRIED_SECTION_TITLE } from '../templates';
import { defineCommand, findOrFail } from '../../commands/define';
import { CommandError, NotFoundError } from '../../errors';
import { copy } from './shared';
import { addReview, carryInto } from './agenda';

// ——— series ———

export const startSeries = defineCommand({
  name: 'startSeries',
  label: 'make meeting recur',
  input: z.strictObject({ meetingId: Id, name: requiredLine('Series name', LIMITS.title), rule: RecurrenceRule }),
  describe: (input) => `make "${input.name}" recur: ${describeRule(input.rule).toLowerCase()}`,
  apply(draft, { meetingId, name, rule }, context) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    if (meeting.series) throw new CommandError('This meeting is already part of a series. Change the series instead.');
    const id = context.newId();
    meeting.series = { id, name, rule };
    return id;
  },
});

export const updateSeries = defineCommand({
  name: 'updateSeries',
  label: 'change series',
  input: z.strictObject({ seriesId: Id, name: requiredLine('Series name', LIMITS.title), rule: RecurrenceRule }),
  describe: (input) => `change series "${input.name}"`,
  apply(draft, { seriesId, name, rule }) {
    const members = draft.meetings.filter((m) => m.series?.id === seriesId);
    if (members.length === 0) throw new NotFoundError('That series no longer exists.');
    // Past meetings keep the rule they were held under; planned ones (and the latest, from which
    // the next is made) take the new rule.
    const latest = [...members].sort((a, b) => byStart(a as Meeting, b as Meeting)).at(-1);
    for (const m of members) if (m.status === 'planned' || m === latest) m.series = { id: seriesId, name, rule };
  },
});

export const createNextInSeries = defineCommand({
  name: 'createNextInSeries',
  label: 'create next meeting in series',
  input: z.strictObject({ seriesId: Id }),
  describe: (input, doc) =>
    `create the next "${doc.meetings.find((m) => m.series?.id === input.seriesId)?.series?.name ?? 'series'}" meeting`,
  apply(draft, { seriesId }, context) {
    const members = (draft.meetings as Meeting[]).filter((m) => m.series?.id === seriesId).sort(byStart);
    const last = members.at(-1);
    if (!last?.series) throw new NotFoundError('That series no longer exists.');
    const date = nextOccurrence(last.series.rule, last.date);
    const next: Meeting = {
      id: context.newId(),
      title: last.title,
      kind: last.kind,
      workgroupId: last.workgroupId,
      date,
      startTime: last.startTime,
      durationMinutes: last.durationMinutes,
      location: last.location,
      videoLink: last.videoLink,
      status: 'planned',
      inviteeIds: [...last.inviteeIds],
      attendance: [],
      guests: [],
      // The standing agenda repeats; one-off items carried in last time do not.
      agenda: last.agenda
        .map((section) => ({
          id: context.newId(),
          title: section.title,
          items: section.items
            .filter((item) => !item.carriedFrom)
            .map((item) => ({ ...copy(item), id: context.newId(), carriedFrom: null })),
        }))
        .filter((s) => s.items.length > 0 || s.title !== CARRIED_SECTION_TITLE),
      reviewActionItemIds: [],
      minutes: null,
      series: copy(last.series),
      quorum: copy(last.quorum),
      createdAt: context.now.toISOString(),
    };
    draft.meetings.push(next);
    const target = draft.meetings.at(-1)!;
    const unfinished = carryForwardCandidates(last, next);
    if (unfinished.length) carryInto(target, last, unfinished, context);
    addReview(draft, target, context);
    return next.id;
  },
});

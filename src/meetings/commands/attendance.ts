import { z } from 'zod';
import { Id } from '../../model/ids';
import { AttendanceStatus } from '../model';
import { optionalLine, requiredLine } from '../../model/text';
import { defineCommand, findOrFail } from '../../commands/define';
import { CommandError } from '../../errors';

// ——— attendance ———

export const setAttendance = defineCommand({
  name: 'setAttendance',
  label: 'record attendance',
  input: z.strictObject({
    meetingId: Id,
    marks: z
      .array(z.strictObject({ stakeholderId: Id, status: AttendanceStatus.nullable() }))
      .min(1)
      .max(5_000),
  }),
  describe: (input) =>
    input.marks.length === 1 ? 'record attendance' : `record attendance for ${input.marks.length} people`,
  apply(draft, { meetingId, marks }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    for (const { stakeholderId, status } of marks) {
      findOrFail(draft.stakeholders, stakeholderId, 'person');
      meeting.attendance = meeting.attendance.filter((a) => a.stakeholderId !== stakeholderId);
      if (status) meeting.attendance.push({ stakeholderId, status });
      // Someone who came without an invitation is added to the invitees, so the record is whole.
      if (status && !meeting.inviteeIds.includes(stakeholderId)) meeting.inviteeIds.push(stakeholderId);
    }
  },
});

export const addGuest = defineCommand({
  name: 'addGuest',
  label: 'add guest',
  input: z.strictObject({
    meetingId: Id,
    name: requiredLine('Guest name'),
    organization: optionalLine('Organization'),
  }),
  describe: (input) => `add guest ${input.name}`,
  apply(draft, { meetingId, name, organization }) {
    findOrFail(draft.meetings, meetingId, 'meeting').guests.push({ name, organization });
  },
});

export const removeGuest = defineCommand({
  name: 'removeGuest',
  label: 'remove guest',
  input: z.strictObject({ meetingId: Id, index: z.number().int().min(0) }),
  describe: () => 'remove guest',
  apply(draft, { meetingId, index }) {
    const meeting = findOrFail(draft.meetings, meetingId, 'meeting');
    if (index >= meeting.guests.length) throw new CommandError('That guest is no longer on the list.');
    meeting.guests.splice(index, 1);
  },
});

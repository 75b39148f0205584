import type { AttendanceStatus, Meeting } from './model';

/** People who were in the room: those present and those who arrived late. */
export const IN_ROOM: ReadonlySet<AttendanceStatus> = new Set(['present', 'late']);

export function attendanceOf(meeting: Pick<Meeting, 'attendance'>, stakeholderId: string): AttendanceStatus | null {
  return meeting.attendance.find((a) => a.stakeholderId === stakeholderId)?.status ?? null;
}

/** The ids of the invitees (and anyone else marked) who were in the room. */
export function presentIds(meeting: Pick<Meeting, 'attendance'>): Set<string> {
  return new Set(meeting.attendance.filter((a) => IN_ROOM.has(a.status)).map((a) => a.stakeholderId));
}

/** Invitees grouped as the minutes print them; an invitee with no mark is listed as not recorded. */
export function attendanceGroups(meeting: Pick<Meeting, 'attendance' | 'inviteeIds'>) {
  const groups = {
    present: [] as string[],
    late: [] as string[],
    regrets: [] as string[],
    absent: [] as string[],
    unrecorded: [] as string[],
  };
  const marked = new Map(meeting.attendance.map((a) => [a.stakeholderId, a.status]));
  const everyone = [...new Set([...meeting.inviteeIds, ...marked.keys()])];
  for (const id of everyone) {
    const status = marked.get(id);
    if (status) groups[status].push(id);
    else groups.unrecorded.push(id);
  }
  return groups;
}

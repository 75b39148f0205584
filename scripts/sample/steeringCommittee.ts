import type { SampleBuilder } from './builder';
import type { PeopleIds } from './people';

/**
 * The steering committee: November's meeting held (it approves the first meeting's minutes),
 * December's planned, and the tasks raised between them. Returns November's meeting.
 */
export function addSteeringCommittee(sample: SampleBuilder, p: PeopleIds, firstMeeting: string): string {
  sample.on('2026-11-05', '16:00');
  const november = sample.add('addMeeting', {
    title: 'Steering committee',
    kind: 'steering-committee',
    date: '2026-11-12',
    startTime: '15:30',
    durationMinutes: 60,
    location: 'Riverside Behavioral Health Center, Room 2B',
    videoLink: 'https://meet.example/riverside-cit',
    inviteeIds: [
      p.okafor,
      p.kowalski,
      p.ruth,
      p.delgado,
      p.reed,
      p.brooks,
      p.becker,
      p.greene,
      p.whitfield,
      p.pham,
      p.jimenez,
      p.lindqvist,
    ],
    templateId: 'steering-committee',
  });
  sample.on('2026-11-12', '23:00');
  sample.run('updateMeeting', { id: november, changes: { status: 'held' } });
  sample.run('setAttendance', {
    meetingId: november,
    marks: [
      ...[p.okafor, p.kowalski, p.ruth, p.delgado, p.reed, p.brooks, p.becker, p.whitfield, p.jimenez].map(
        (stakeholderId) => ({
          stakeholderId,
          status: 'present' as const,
        }),
      ),
      { stakeholderId: p.greene, status: 'regrets' as const },
      { stakeholderId: p.pham, status: 'late' as const },
      { stakeholderId: p.lindqvist, status: 'absent' as const },
    ],
  });
  sample.run('approveMinutes', { meetingId: firstMeeting, approvedOn: '2026-11-12', approvedAtMeetingId: november });
  sample.run('changeStakeholderStage', {
    ids: [p.jimenez],
    stage: 'committed',
    on: '2026-11-12',
    note: 'Came to the November steering committee',
  });
  sample.run('changeStakeholderStage', {
    ids: [p.lindqvist, p.gonzalez],
    stage: 'contacted',
    on: '2026-11-05',
    note: 'Invited to the steering committee',
  });

  sample.on('2026-11-13', '17:00');
  sample.run('addMeeting', {
    title: 'Steering committee',
    kind: 'steering-committee',
    date: '2026-12-10',
    startTime: '15:30',
    durationMinutes: 60,
    location: 'Riverside Behavioral Health Center, Room 2B',
    videoLink: 'https://meet.example/riverside-cit',
    inviteeIds: [
      p.okafor,
      p.kowalski,
      p.ruth,
      p.delgado,
      p.reed,
      p.brooks,
      p.becker,
      p.greene,
      p.whitfield,
      p.pham,
      p.jimenez,
      p.lindqvist,
      p.ashworth,
    ],
    templateId: 'steering-committee',
  });
  sample.run('addActionItem', {
    title: 'Prepare a one-page summary of the program for the Board of Commissioners',
    ownerId: p.okafor,
    ownerName: '',
    dueDate: '2026-12-01',
    status: 'open',
    source: { kind: 'manual', id: null },
    workgroupId: null,
    notes: '',
  });
  sample.run('addActionItem', {
    title: 'Ask Riverside Community College about training space for the 40-hour course',
    ownerId: p.brooks,
    ownerName: '',
    dueDate: '2027-01-15',
    status: 'open',
    source: { kind: 'manual', id: null },
    workgroupId: null,
    notes: '',
  });
  return november;
}

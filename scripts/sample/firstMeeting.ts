import type { SampleBuilder } from './builder';
import type { PeopleIds } from './people';

/** The first stakeholder meeting: held, attended, minuted, with a decision and action items. */
export function addFirstMeeting(sample: SampleBuilder, p: PeopleIds): string {
  sample.on('2026-10-08', '16:00');
  const firstMeeting = sample.add('addMeeting', {
    title: 'First stakeholder meeting',
    kind: 'first-convening',
    date: '2026-10-15',
    startTime: '18:00',
    durationMinutes: 90,
    location: 'Millbrook Public Library, Community Room',
    inviteeIds: [
      p.ruth,
      p.okafor,
      p.reed,
      p.delgado,
      p.whitaker,
      p.hennessy,
      p.kowalski,
      p.brooks,
      p.ashworth,
      p.whitfield,
      p.moreno,
      p.osei,
      p.albright,
      p.becker,
      p.greene,
      p.pham,
    ],
    templateId: 'first-stakeholder-meeting',
  });
  // Marked held and minuted that evening, after the meeting ended (6 to 7:30 PM there), so its items start as finished.
  sample.on('2026-10-16', '01:30');
  sample.run('updateMeeting', { id: firstMeeting, changes: { status: 'held' } });
  const present = [
    p.ruth,
    p.okafor,
    p.reed,
    p.delgado,
    p.kowalski,
    p.brooks,
    p.ashworth,
    p.whitfield,
    p.moreno,
    p.osei,
    p.becker,
    p.greene,
    p.pham,
  ];
  sample.run('setAttendance', {
    meetingId: firstMeeting,
    marks: [
      ...present.map((stakeholderId) => ({ stakeholderId, status: 'present' as const })),
      { stakeholderId: p.whitaker, status: 'regrets' as const },
      { stakeholderId: p.hennessy, status: 'regrets' as const },
      { stakeholderId: p.albright, status: 'absent' as const },
    ],
  });
  sample.run('addGuest', { meetingId: firstMeeting, name: 'Dana Ruiz', organization: 'Lakeland County CIT program' });
  sample.run('startMinutes', { meetingId: firstMeeting });
  sample.run('updateMinutes', { meetingId: firstMeeting, recorder: 'Tom Becker' });
  sample.run('updateMinutesItem', {
    meetingId: firstMeeting,
    itemId: sample.minutesItem(firstMeeting, 'How crisis calls are handled here today'),
    changes: {
      notes:
        'Officers wait four to six hours with a person at St. Brigid before a clinician sees them. The mobile team is rarely called by officers, mostly because they do not know it exists at night.',
    },
  });
  const steeringItem = sample.minutesItem(firstMeeting, 'Forming a steering committee');
  sample.run('addDecision', {
    meetingId: firstMeeting,
    itemId: steeringItem,
    decision: {
      text: 'Form a steering committee, chaired by Dr. Ellen Okafor, with Beth Kowalski as interim CIT coordinator.',
      vote: null,
    },
  });
  const nextStepsItem = sample.minutesItem(firstMeeting, 'Action items and next meeting');
  sample.run('addMeetingActionItem', {
    meetingId: firstMeeting,
    itemId: nextStepsItem,
    fields: {
      title: 'Invite Riverside County EMS and St. Brigid’s emergency department to the steering committee',
      ownerId: p.ruth,
      ownerName: '',
      dueDate: '2026-11-05',
      status: 'done',
      workgroupId: null,
      notes: '',
    },
  });
  sample.run('addMeetingActionItem', {
    meetingId: firstMeeting,
    itemId: nextStepsItem,
    fields: {
      title: 'Find out about CIT coordinator training',
      ownerId: p.kowalski,
      ownerName: '',
      dueDate: '2026-11-30',
      status: 'in-progress',
      workgroupId: null,
      notes: '',
    },
  });
  sample.run('addMeetingActionItem', {
    meetingId: firstMeeting,
    itemId: nextStepsItem,
    fields: {
      title: 'Arrange a visit to the Lakeland County CIT program',
      ownerId: p.becker,
      ownerName: '',
      dueDate: '2026-12-15',
      status: 'open',
      workgroupId: null,
      notes: 'Dana Ruiz offered to host a ride-along and a coordinator meeting.',
    },
  });
  sample.run('changeStakeholderStage', {
    ids: [p.okafor, p.kowalski, p.ruth, p.delgado],
    stage: 'steering-committee',
    on: '2026-10-15',
    note: 'Agreed at the first stakeholder meeting',
  });
  sample.run('changeStakeholderStage', {
    ids: [p.reed, p.brooks, p.becker, p.greene, p.whitfield, p.pham],
    stage: 'committed',
    on: '2026-10-15',
    note: 'Signed up at the first stakeholder meeting',
  });
  // The early follow-ups were done before the meeting.
  const followUps = sample.doc.actionItems.filter((item) => item.source.kind === 'conversation').map((item) => item.id);
  sample.run('setActionItemStatus', { ids: followUps, status: 'done' });
  return firstMeeting;
}

import type { SampleBuilder } from './builder';
import type { PeopleIds } from './people';

/**
 * Step One as the convener lived it: reading about CIT, then one conversation at a time with the
 * people who would have to agree, then the invitations to a first meeting.
 */
export function addOutreach(sample: SampleBuilder, p: PeopleIds): void {
  // ——— Step One: learning about CIT (ticked by hand: the workspace holds no evidence of reading) ———
  sample.on('2026-09-05');
  sample.run('markStageItem', {
    itemId: 'learn.history',
    status: 'done',
    on: '2026-09-05',
    by: 'Ruth Castellano',
    note: 'Read the Memphis model overview and the core elements with the NAMI board.',
  });
  sample.run('markStageItem', {
    itemId: 'learn.state-nami',
    status: 'done',
    on: '2026-09-05',
    by: 'Ruth Castellano',
    note: 'The state NAMI office sent its CIT contacts and the regional training calendar.',
  });
  sample.on('2026-09-30');
  sample.run('markStageItem', {
    itemId: 'learn.nearby-program',
    status: 'done',
    on: '2026-09-30',
    by: 'Ruth Castellano',
    note: 'Dana Ruiz, coordinator of the Lakeland County program, agreed to talk us through how they started.',
  });

  // ——— Conversations (Step One: foster a coalition of support) ———
  sample.on('2026-09-09', '20:00');
  sample.run('logConversation', {
    date: '2026-09-09',
    stakeholderIds: [p.okafor],
    heldBy: 'Ruth Castellano',
    channel: 'in-person',
    summary:
      'Coffee at the Orchard Lane office. Walked through what a CIT program is and what the first year might look like.',
    commonGround:
      'The crisis line and the mobile team are ready to take more calls from officers. Both want fewer people waiting in the emergency department.',
    concerns: 'The mobile team has two clinicians on nights; more calls may need more staff.',
    advanceStakeholderIds: [p.okafor],
    followUp: {
      title: 'Send Dr. Okafor the CIT core elements summary',
      ownerId: p.ruth,
      ownerName: '',
      dueDate: '2026-09-16',
    },
  });
  sample.on('2026-09-16', '21:00');
  sample.run('logConversation', {
    date: '2026-09-16',
    stakeholderIds: [p.delgado, p.whitaker],
    heldBy: 'Ruth Castellano',
    channel: 'in-person',
    summary:
      'Met at the police department. The chief asked for numbers: how many calls each month involve a mental health crisis.',
    commonGround:
      'Officers spend hours at the emergency department with people in crisis and would welcome somewhere else to take them.',
    concerns: 'Staffing for a 40-hour course; overtime costs.',
    advanceStakeholderIds: [p.delgado, p.whitaker],
    followUp: {
      title: 'Ask dispatch for last year’s mental health call counts',
      ownerId: p.delgado,
      ownerName: '',
      dueDate: '2026-10-01',
    },
  });
  sample.on('2026-09-23', '23:00');
  sample.run('logConversation', {
    date: '2026-09-23',
    stakeholderIds: [p.whitfield, p.moreno],
    heldBy: 'Ruth Castellano',
    channel: 'in-person',
    summary: 'Listening session at the peer center about what crisis calls felt like from the other side.',
    commonGround: 'A calm voice and plain clothes make the most difference. Both want peers in the training.',
    concerns:
      'Fear of handcuffs and of being taken to jail instead of care. Worry that their stories would be shared without permission.',
    advanceStakeholderIds: [p.whitfield, p.moreno],
    followUp: null,
  });
  sample.on('2026-10-02', '18:00');
  sample.run('logConversation', {
    date: '2026-10-02',
    stakeholderIds: [p.ashworth],
    heldBy: 'Lt. Marcus Delgado',
    channel: 'video',
    summary:
      'Talked about how call-takers code mental health calls today and whether they could be routed to the crisis line.',
    commonGround:
      'Dispatch already keeps a code for mental health calls; numbers can be pulled for the last 12 months.',
    concerns: 'Call-takers would need training and a written protocol before transferring calls.',
    advanceStakeholderIds: [p.ashworth],
    followUp: null,
  });
  sample.on('2026-10-07', '19:00');
  sample.run('logConversation', {
    date: '2026-10-07',
    stakeholderIds: [p.osei],
    heldBy: 'Dr. Ellen Okafor',
    channel: 'phone',
    summary: 'Judge Osei runs the mental health docket and offered to help bring the commissioners to the table.',
    commonGround: 'Fewer arrests for people in crisis means fewer cases that end up on his docket.',
    concerns: '',
    advanceStakeholderIds: [p.osei],
    followUp: {
      title: 'Invite Commissioner Albright to the first stakeholder meeting',
      ownerId: p.osei,
      ownerName: '',
      dueDate: '2026-10-12',
    },
  });
  sample.on('2026-10-08');
  sample.run('changeStakeholderStage', {
    ids: [p.hennessy, p.kowalski, p.brooks, p.reed, p.becker, p.greene, p.pham, p.albright],
    stage: 'contacted',
    on: '2026-10-08',
    note: 'Invited to the first stakeholder meeting',
  });
  sample.run('changeStakeholderStage', {
    ids: [p.sorensen],
    stage: 'declined',
    on: '2026-10-08',
    note: 'Too few officers to spare this year; asked to be kept informed.',
  });
}

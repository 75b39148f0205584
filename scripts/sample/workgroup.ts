import type { SampleBuilder } from './builder';
import type { PeopleIds } from './people';

/** The dispatch and crisis line workgroup, with its first tasks. */
export function addWorkgroup(sample: SampleBuilder, p: PeopleIds): string {
  sample.on('2026-10-20');
  const dispatchGroup = sample.add('addWorkgroup', {
    name: 'Dispatch and crisis line workgroup',
    focus: 'dispatch',
    charge:
      'Write a protocol for 911 call-takers to recognise mental health crisis calls and, where it is safe, transfer them to the crisis line or send the mobile crisis team with or instead of officers.',
    leadId: p.reed,
    memberIds: [p.reed, p.ashworth, p.brooks, p.natarajan, p.moreno],
    status: 'active',
    formedOn: '2026-10-20',
    closedOn: null,
    statusLine: 'Collecting 12 months of call data; first draft of the call-taker questions under review.',
  });
  sample.run('addActionItem', {
    title: 'Pull 12 months of mental health call counts from the dispatch system',
    ownerId: p.ashworth,
    ownerName: '',
    dueDate: '2026-11-20',
    status: 'done',
    source: { kind: 'workgroup', id: dispatchGroup },
    workgroupId: dispatchGroup,
    notes: '',
  });
  sample.run('addActionItem', {
    title: 'Draft the call-taker screening questions',
    ownerId: p.reed,
    ownerName: '',
    dueDate: '2026-12-04',
    status: 'in-progress',
    source: { kind: 'workgroup', id: dispatchGroup },
    workgroupId: dispatchGroup,
    notes: 'Alex Moreno to review the wording from the caller’s side.',
  });
  sample.run('changeStakeholderStage', {
    ids: [p.natarajan, p.ashworth, p.moreno],
    stage: 'committed',
    on: '2026-10-20',
    note: 'Joined the dispatch and crisis line workgroup',
  });
  return dispatchGroup;
}

import type { SampleBuilder } from './builder';
import type { OrganizationIds } from './organizations';
import type { PeopleIds } from './people';
import {
  CALL_PROTOCOL_0_1,
  CALL_PROTOCOL_0_2,
  CO_RESPONSE_MOA_1,
  GENERAL_ORDER_2019,
  GENERAL_ORDER_2023,
  GENERAL_ORDER_2027,
} from './policyTexts';

/**
 * The policies the coalition works on, so the Policies area shows each step of a revision's
 * path: the dispatch workgroup's call-taker protocol (a draft replaced after review, then a
 * version the committee approved and partners are signing), the police department's existing
 * general order (its history, and the coalition's proposed rewrite out for review), and a
 * co-response agreement still in draft.
 */
export function addPolicies(
  sample: SampleBuilder,
  p: PeopleIds,
  o: OrganizationIds,
  refs: { dispatchGroup: string; november: string },
): void {
  // ——— The call-taker protocol, written by the dispatch and crisis line workgroup ———
  sample.on('2026-10-29', '19:00');
  const protocol = sample.add('addPolicy', {
    title: 'Mental health crisis calls: screening and transfer to the crisis line',
    kind: 'dispatch-protocol',
    owningOrganizationId: o.dispatch,
    workgroupId: refs.dispatchGroup,
    partnerOrganizationIds: [o.bhc, o.sheriff, o.millbrookPd],
  });
  const first = sample.add('addPolicyRevision', {
    policyId: protocol,
    version: '0.1',
    date: '2026-10-29',
    summary: 'First draft from the workgroup, built on the twelve months of call counts.',
    text: CALL_PROTOCOL_0_1,
    meetingId: null,
  });
  sample.on('2026-10-30', '16:00');
  sample.run('setRevisionStatus', {
    policyId: protocol,
    revisionId: first,
    status: 'in-review',
    on: '2026-10-30',
    note: 'Sent to the workgroup and to two people who have made crisis calls themselves.',
  });
  const review = (revisionId: string, reviewerId: string, on: string, note: string) => {
    sample.on(on, '20:00');
    sample.run('addRevisionReview', { policyId: protocol, revisionId, reviewerId, reviewerName: '', on, note });
  };
  review(
    first,
    p.moreno,
    '2026-11-02',
    'Question 3 sounds like an accusation to someone in crisis. Ask what is happening right now, not whether they are dangerous.',
  );
  review(
    first,
    p.brooks,
    '2026-11-03',
    'Any weapon mentioned must go to a deputy first; say so at the top, not in step 5.',
  );
  review(
    first,
    p.natarajan,
    '2026-11-03',
    'The crisis line can take transfers around the clock, but the mobile team only until 2 a.m. on weeknights.',
  );
  sample.on('2026-11-06', '18:00');
  const second = sample.add('addPolicyRevision', {
    policyId: protocol,
    version: '0.2',
    date: '2026-11-06',
    summary:
      'Takes in the three reviews: kinder wording for the questions, weapons first, and the mobile team’s real hours.',
    text: CALL_PROTOCOL_0_2,
    meetingId: null,
  });
  sample.run('setRevisionStatus', {
    policyId: protocol,
    revisionId: first,
    status: 'superseded',
    on: '2026-11-06',
    note: 'Replaced by version 0.2 after review.',
  });
  sample.run('setRevisionStatus', {
    policyId: protocol,
    revisionId: second,
    status: 'in-review',
    on: '2026-11-06',
    note: '',
  });
  review(second, p.okafor, '2026-11-09', 'Clinically sound. Ready for the committee.');
  review(
    second,
    p.kowalski,
    '2026-11-10',
    'Call-takers will need a one-page card of the questions; training can start in January.',
  );
  sample.on('2026-11-12', '23:10');
  sample.run('setRevisionStatus', {
    policyId: protocol,
    revisionId: second,
    status: 'approved',
    on: '2026-11-12',
    meetingId: refs.november,
    note: 'Approved unanimously; goes to the partner agencies for signature.',
  });
  sample.on('2026-11-13', '16:30');
  sample.run('recordSignature', {
    policyId: protocol,
    revisionId: second,
    organizationId: o.bhc,
    signedOn: '2026-11-13',
    signedBy: 'Dr. Ellen Okafor, Clinical Director',
    note: '',
  });
  sample.run('recordSignature', {
    policyId: protocol,
    revisionId: second,
    organizationId: o.sheriff,
    signedOn: '2026-11-13',
    signedBy: 'Sheriff Gloria Hennessy',
    note: 'Signed at the sheriff’s Friday staff meeting.',
  });

  // ——— The police department's general order: its history, and the coalition's proposed rewrite ———
  sample.on('2026-11-09', '17:00');
  const order = sample.add('addPolicy', {
    title: 'Millbrook Police General Order 41.2: Response to people in a mental health crisis',
    kind: 'agency-policy',
    owningOrganizationId: o.millbrookPd,
    workgroupId: null,
    partnerOrganizationIds: [o.bhc],
  });
  sample.add('addPolicyRevision', {
    policyId: order,
    version: '2019',
    date: '2019-03-01',
    summary: 'The order as first issued.',
    text: GENERAL_ORDER_2019,
    meetingId: null,
    status: 'superseded',
  });
  const inForce = sample.add('addPolicyRevision', {
    policyId: order,
    version: '2023',
    date: '2023-06-15',
    summary: 'Added the mobile crisis team as a resource and the wait-time report.',
    text: GENERAL_ORDER_2023,
    meetingId: null,
    status: 'adopted',
  });
  sample.run('recordSignature', {
    policyId: order,
    revisionId: inForce,
    organizationId: o.millbrookPd,
    signedOn: '2023-06-15',
    signedBy: 'Chief Daniel Whitaker',
    note: '',
  });
  const proposed = sample.add('addPolicyRevision', {
    policyId: order,
    version: '2027 proposed',
    date: '2026-11-09',
    summary:
      'The coalition’s proposal: CIT-trained officers first on crisis calls, the crisis center as the first choice of destination, and no handcuffs for transport unless there is a safety reason.',
    text: GENERAL_ORDER_2027,
    meetingId: null,
  });
  sample.on('2026-11-10', '15:00');
  sample.run('setRevisionStatus', {
    policyId: order,
    revisionId: proposed,
    status: 'in-review',
    on: '2026-11-10',
    note: 'Lt. Delgado is taking it to the chief’s command staff.',
  });
  sample.on('2026-11-11', '21:00');
  sample.run('addRevisionReview', {
    policyId: order,
    revisionId: proposed,
    reviewerId: p.whitfield,
    reviewerName: '',
    on: '2026-11-11',
    note: 'The part about handcuffs is the one that matters most to the people at the peer center.',
  });
  sample.run('addRevisionReview', {
    policyId: order,
    revisionId: proposed,
    reviewerId: null,
    reviewerName: 'Millbrook city attorney’s office',
    on: '2026-11-11',
    note: 'No legal concerns; cite the state emergency custody statute by number.',
  });

  // ——— A co-response agreement, still a draft ———
  sample.on('2026-11-13', '17:30');
  const moa = sample.add('addPolicy', {
    title: 'Co-response agreement: mobile crisis team and law enforcement',
    kind: 'moa',
    owningOrganizationId: o.bhc,
    workgroupId: null,
    partnerOrganizationIds: [o.millbrookPd, o.sheriff, o.ems],
  });
  sample.add('addPolicyRevision', {
    policyId: moa,
    version: '1.0 draft',
    date: '2026-11-13',
    summary: 'First draft, for the December steering committee.',
    text: CO_RESPONSE_MOA_1,
    meetingId: null,
  });
}

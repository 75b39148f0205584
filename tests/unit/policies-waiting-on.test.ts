import type { MethodInput } from '../../src/api/contract';
import { describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { unreviewedLongest } from '../../src/policies/reviewAge';
import { waitingByParty, waitingOn } from '../../src/policies/waitingOn';
import { run, TODAY, withPolicy } from '../support/fixtures/policies-fixture';

function step(doc: WorkspaceDocument, policyId: string, revisionId: string, ...statuses: MethodInput<'setRevisionStatus'>['status'][]) {
  for (const status of statuses)
    doc = run(doc, 'setRevisionStatus', { policyId, revisionId, status, on: '2025-02-20' }).doc;
  return doc;
}

describe('what a policy is waiting on, and on whom', () => {
  it('follows a revision from first draft to in force', () => {
    const setup = withPolicy();
    const { policyId } = setup;
    let { doc } = setup;
    doc = run(doc, 'addWorkgroup', { name: 'Receiving facilities', focus: 'receiving-facilities' }).doc;
    doc = run(doc, 'updatePolicy', { id: policyId, changes: { workgroupId: doc.workgroups[0]!.id } }).doc;
    const policy = () => doc.policies[0]!;
    expect(waitingOn(policy(), doc)).toMatchObject({ stage: 'no-revision', parties: ['Receiving facilities'] });

    const added = run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2025-02-01' });
    doc = added.doc;
    const revisionId = added.result as string;
    expect(waitingOn(policy(), doc)).toMatchObject({
      stage: 'drafting',
      parties: ['Receiving facilities'],
      since: '2025-02-01',
    });

    doc = step(doc, policyId, revisionId, 'in-review');
    expect(waitingOn(policy(), doc)).toMatchObject({
      stage: 'review',
      parties: ['the steering committee'],
      since: '2025-02-20',
    });

    doc = step(doc, policyId, revisionId, 'approved');
    const signatures = waitingOn(policy(), doc);
    expect(signatures.stage).toBe('signatures');
    expect(signatures.parties).toEqual(['Riverbend Crisis Center', 'Riverside Emergency Communications']);
    expect(signatures.sentence).toBe(
      'Version 1 is approved: waiting on Riverbend Crisis Center and Riverside Emergency Communications to sign.',
    );

    doc = run(doc, 'recordSignature', {
      policyId,
      revisionId,
      organizationId: 'org-crisis',
      signedOn: '2025-02-25',
      signedBy: 'Dana Lee',
    }).doc;
    expect(waitingOn(policy(), doc).parties).toEqual(['Riverside Emergency Communications']);
    doc = run(doc, 'recordSignature', {
      policyId,
      revisionId,
      organizationId: 'org-dispatch',
      signedOn: '2025-02-26',
    }).doc;
    expect(waitingOn(policy(), doc)).toMatchObject({
      stage: 'adoption',
      parties: ['Riverside County Sheriff’s Office'],
    });

    doc = step(doc, policyId, revisionId, 'adopted');
    expect(waitingOn(policy(), doc)).toMatchObject({
      stage: 'in-force',
      parties: [],
      sentence: 'Version 1 is in force. Nothing is waiting.',
    });
  });

  it('refuses a signature from an agency that is not a party, or on a draft', () => {
    const setup = withPolicy();
    const { policyId } = setup;
    let { doc } = setup;
    const added = run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2025-02-01' });
    doc = added.doc;
    const sign = (organizationId: string) =>
      run(doc, 'recordSignature', { policyId, revisionId: added.result, organizationId, signedOn: '2025-02-25' });
    expect(() => sign('org-crisis')).toThrow(/Partner agencies sign a revision after the committee approves it/);
    doc = step(doc, policyId, added.result as string, 'in-review', 'approved');
    expect(() => sign('org-hospital')).toThrow(/St\. Luke’s Hospital is not one of the agencies that sign/);
    expect(() =>
      run(doc, 'recordSignature', {
        policyId,
        revisionId: added.result,
        organizationId: 'org-crisis',
        signedOn: '2025-01-01',
      }),
    ).toThrow(/cannot have been signed earlier/);
    // Recording the same agency twice corrects the date instead of adding a second signature.
    doc = sign('org-crisis').doc;
    doc = run(doc, 'recordSignature', {
      policyId,
      revisionId: added.result,
      organizationId: 'org-crisis',
      signedOn: '2025-03-01',
    }).doc;
    expect(doc.policies[0]!.revisions[0]!.signatures).toEqual([
      { organizationId: 'org-crisis', signedOn: '2025-03-01', signedBy: '', note: '' },
    ]);
  });
});

describe('what has gone unreviewed longest', () => {
  it('puts the policy reviewed longest ago first, counting approvals as reviews', () => {
    const setup = withPolicy();
    const { policyId } = setup;
    let { doc } = setup;
    const second = run(doc, 'addPolicy', {
      title: 'Dispatch protocol for mental health calls',
      kind: 'dispatch-protocol',
    });
    doc = second.doc;
    const third = run(doc, 'addPolicy', { title: 'Data-sharing agreement', kind: 'data-sharing' });
    doc = third.doc;

    // The MOA: reviewed by a member on 1 Dec 2024.
    const moa = run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2024-10-01' });
    doc = run(moa.doc, 'addRevisionReview', {
      policyId,
      revisionId: moa.result,
      reviewerId: 'st-lee',
      on: '2024-12-01',
      note: 'Fine as drafted',
    }).doc;
    // The dispatch protocol: approved by the committee on 20 Feb 2025, no separate review.
    const protocol = run(doc, 'addPolicyRevision', { policyId: second.result, version: 'A', date: '2025-01-10' });
    doc = step(protocol.doc, second.result as string, protocol.result as string, 'in-review', 'approved');
    // The data-sharing agreement: drafted in mid 2024 and never looked at.
    doc = run(doc, 'addPolicyRevision', { policyId: third.result, version: '0.1', date: '2024-06-15' }).doc;

    const queue = unreviewedLongest(doc.policies, TODAY);
    expect(queue.map((entry) => [entry.policy.title, entry.lastReviewedOn, entry.days])).toEqual([
      ['Data-sharing agreement', null, 268],
      ['Memorandum of agreement on crisis drop-off', '2024-12-01', 99],
      ['Dispatch protocol for mental health calls', '2025-02-20', 18],
    ]);
  });

  it('needs a reviewer, and does not review history', () => {
    const { doc, policyId } = withPolicy();
    const added = run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2024-10-01', status: 'superseded' });
    expect(() => run(added.doc, 'addRevisionReview', { policyId, revisionId: added.result, on: '2025-01-01' })).toThrow(
      /no longer reviewed/,
    );
    const draft = run(added.doc, 'addPolicyRevision', { policyId, version: '2', date: '2024-11-01' });
    expect(() => run(draft.doc, 'addRevisionReview', { policyId, revisionId: draft.result, on: '2025-01-01' })).toThrow(
      /Choose who reviewed it/,
    );
    expect(() =>
      run(draft.doc, 'addRevisionReview', {
        policyId,
        revisionId: draft.result,
        reviewerId: 'st-nobody',
        on: '2025-01-01',
      }),
    ).toThrow(/reviewer no longer exists/);
  });
});

describe('what is waiting on whom, by party', () => {
  it('gathers the policies each agency still has to sign, the longest waiting first', () => {
    const setup = withPolicy();
    const { policyId } = setup;
    let { doc } = setup;
    const second = run(doc, 'addPolicy', {
      title: 'Data-sharing agreement',
      kind: 'data-sharing',
      owningOrganizationId: 'org-crisis',
      partnerOrganizationIds: ['org-dispatch'],
    });
    doc = second.doc;
    const a = run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2025-01-02', status: 'approved' });
    doc = a.doc;
    const b = run(doc, 'addPolicyRevision', {
      policyId: second.result,
      version: '1',
      date: '2024-12-01',
      status: 'approved',
    });
    doc = b.doc;
    const queues = waitingByParty(doc.policies, doc);
    expect(queues.map((q) => [q.party, q.items.map((i) => i.policy.title)])).toEqual([
      ['Riverside Emergency Communications', ['Data-sharing agreement', 'Memorandum of agreement on crisis drop-off']],
      ['Riverbend Crisis Center', ['Memorandum of agreement on crisis drop-off']],
    ]);
  });
});

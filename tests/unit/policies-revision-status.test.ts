import type { MethodInput } from '../../src/api/contract';
import { describe, expect, it } from 'vitest';
import { RevisionStatus } from '../../src/policies/model';
import {
  ALLOWED_TRANSITIONS,
  deletionRefusal,
  planStatusChange,
  signatureRefusal,
  textEditRefusal,
  transitionRefusal,
} from '../../src/policies/revisionStatus';
import { run, withPolicy } from '../support/fixtures/policies-fixture';

const STATUSES = RevisionStatus.options;

type RevisionStatusName = MethodInput<'setRevisionStatus'>['status'];

describe('the table of allowed status moves', () => {
  const expected: Record<string, string[]> = {
    draft: ['in-review', 'superseded'],
    'in-review': ['draft', 'approved', 'superseded'],
    approved: ['in-review', 'adopted', 'superseded'],
    adopted: ['superseded'],
    superseded: [],
  };

  for (const from of STATUSES) {
    for (const to of STATUSES) {
      const allowed = expected[from]!.includes(to);
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused with a reason'}`, () => {
        const refusal = transitionRefusal({ version: '2.0', status: from }, to);
        if (allowed) expect(refusal).toBeNull();
        else {
          expect(refusal).toMatch(/Version 2\.0/);
          expect(refusal!.length).toBeGreaterThan(25);
        }
      });
    }
  }

  it('matches the published table exactly', () => {
    expect(ALLOWED_TRANSITIONS).toEqual(expected);
  });

  it('says why a superseded revision cannot be approved, and what to do instead', () => {
    expect(transitionRefusal({ version: '1', status: 'superseded' }, 'approved')).toBe(
      'Version 1 was superseded, so it cannot be approved. To return to its wording, add a new revision with the same text and take that one through review.',
    );
  });

  it('asks for review before approval, and approval before adoption', () => {
    expect(transitionRefusal({ version: '3', status: 'draft' }, 'approved')).toMatch(
      /still a draft\. Send it for review/,
    );
    expect(transitionRefusal({ version: '3', status: 'in-review' }, 'adopted')).toMatch(
      /Only a revision the committee has approved can be adopted\. Version 3 is in review\./,
    );
  });
});

describe('adoption supersedes the revision in force', () => {
  const revisions = [
    { id: 'r1', version: '1', status: 'adopted' as const, date: '2023-01-10' },
    { id: 'r2', version: '2', status: 'approved' as const, date: '2025-02-01' },
    { id: 'r0', version: '0.9', status: 'approved' as const, date: '2022-06-01' },
  ];

  it('plans the previously adopted revision as superseded', () => {
    expect(planStatusChange(revisions, 'r2', 'adopted')).toEqual({
      ok: true,
      changes: [
        { revisionId: 'r2', from: 'approved', to: 'adopted' },
        { revisionId: 'r1', from: 'adopted', to: 'superseded' },
      ],
    });
  });

  it('refuses to adopt an older revision over a newer one in force', () => {
    const plan = planStatusChange(revisions, 'r0', 'adopted');
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.message).toMatch(/Version 1, dated 2023-01-10, is newer and already in force/);
  });

  it('carries it out through the command, with dates in each revision’s history', () => {
    const setup = withPolicy();
    const { policyId } = setup;
    let { doc } = setup;
    const add = (version: string, date: string, status?: RevisionStatusName) => {
      const out = run(doc, 'addPolicyRevision', {
        policyId,
        version,
        date,
        summary: `Version ${version}`,
        text: `Text ${version}`,
        ...(status ? { status } : {}),
      });
      doc = out.doc;
      return out.result as string;
    };
    const v1 = add('1', '2024-01-05', 'adopted');
    const v2 = add('2', '2025-01-15');
    for (const status of ['in-review', 'approved', 'adopted'] as const) {
      doc = run(doc, 'setRevisionStatus', { policyId, revisionId: v2, status, on: '2025-03-01' }).doc;
    }
    const policy = doc.policies[0]!;
    const one = policy.revisions.find((r) => r.id === v1)!;
    const two = policy.revisions.find((r) => r.id === v2)!;
    expect(two.status).toBe('adopted');
    expect(one.status).toBe('superseded');
    expect(one.statusHistory.map((h) => [h.status, h.on])).toEqual([
      ['adopted', '2024-01-05'],
      ['superseded', '2025-03-01'],
    ]);
    expect(one.statusHistory.at(-1)!.note).toBe('Superseded when version 2 was adopted.');
    expect(two.statusHistory.map((h) => h.status)).toEqual(['draft', 'in-review', 'approved', 'adopted']);
    // Exactly one revision in force.
    expect(policy.revisions.filter((r) => r.status === 'adopted')).toHaveLength(1);
  });

  it('refuses to approve a superseded revision and changes nothing', () => {
    const setup = withPolicy();
    const { policyId } = setup;
    let { doc } = setup;
    const first = run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2024-01-05', status: 'superseded' });
    doc = first.doc;
    const before = JSON.stringify(doc);
    expect(() =>
      run(doc, 'setRevisionStatus', { policyId, revisionId: first.result, status: 'approved', on: '2025-03-01' }),
    ).toThrow(/Version 1 was superseded, so it cannot be approved/);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('refuses a status dated before the revision itself', () => {
    const { doc, policyId } = withPolicy();
    const added = run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2025-02-01' });
    expect(() =>
      run(added.doc, 'setRevisionStatus', {
        policyId,
        revisionId: added.result,
        status: 'in-review',
        on: '2025-01-01',
      }),
    ).toThrow(/cannot change on an earlier day/);
  });

  it('dates a status change today in the coalition’s time zone when no day is given', () => {
    const { doc, policyId } = withPolicy();
    const added = run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2025-03-01' });
    // 03:00 UTC on the 11th is still the evening of the 10th in Chicago.
    const moved = run(
      added.doc,
      'setRevisionStatus',
      { policyId, revisionId: added.result, status: 'in-review' },
      new Date('2025-03-11T03:00:00Z'),
    );
    expect(moved.doc.policies[0]!.revisions[0]!.statusHistory.at(-1)!.on).toBe('2025-03-10');
  });
});

describe('what each status allows besides moving', () => {
  it('locks the text once the committee approves', () => {
    expect(textEditRefusal({ version: '2', status: 'draft' })).toBeNull();
    expect(textEditRefusal({ version: '2', status: 'in-review' })).toBeNull();
    expect(textEditRefusal({ version: '2', status: 'approved' })).toMatch(/text is the record of what was decided/);
  });

  it('takes signatures on approved and adopted revisions only', () => {
    expect(signatureRefusal({ version: '2', status: 'approved' })).toBeNull();
    expect(signatureRefusal({ version: '2', status: 'adopted' })).toBeNull();
    expect(signatureRefusal({ version: '2', status: 'draft' })).toMatch(/after the committee approves it/);
  });

  it('deletes only work in progress', () => {
    expect(deletionRefusal({ version: '2', status: 'draft' })).toBeNull();
    expect(deletionRefusal({ version: '2', status: 'adopted' })).toMatch(/part of the policy's record/);
  });

  it('refuses to change the text of an approved revision through the command', () => {
    const setup = withPolicy();
    const { policyId } = setup;
    let { doc } = setup;
    const added = run(doc, 'addPolicyRevision', {
      policyId,
      version: '1',
      date: '2025-01-01',
      text: 'Original wording',
      status: 'approved',
    });
    doc = added.doc;
    expect(() =>
      run(doc, 'updatePolicyRevision', { policyId, revisionId: added.result, changes: { text: 'Quietly changed' } }),
    ).toThrow(/cannot be changed/);
    // The summary is commentary, not the record: it may be corrected.
    const fixed = run(doc, 'updatePolicyRevision', {
      policyId,
      revisionId: added.result,
      changes: { summary: 'Typo fixed in the summary' },
    });
    expect(fixed.doc.policies[0]!.revisions[0]!.summary).toBe('Typo fixed in the summary');
  });
});

import { describe, expect, it } from 'vitest';
import { POLICY_TEXT_LIMIT } from '../../src/policies/model';
import { refusal } from '../support/refusal';
import { coalition, run, withPolicy } from '../support/fixtures/policies-fixture';

describe('what the policy commands refuse', () => {
  it('refuses a control character in a title, naming the field', () => {
    const result = refusal(() => run(coalition(), 'addPolicy', { title: 'Custody\u0007 MOA' }));
    expect(result.message).toBe('Policy title contains an invisible control character. Retype it without pasting.');
    expect(Object.keys(result.fields)).toEqual(['title']);
  });

  it('refuses a 50,000-character summary with the limit in the message', () => {
    const { doc, policyId } = withPolicy();
    const result = refusal(() =>
      run(doc, 'addPolicyRevision', { policyId, version: '1', date: '2025-01-01', summary: 'x'.repeat(50_000) }),
    );
    expect(result.message).toBe(
      'What changed and why is too long: at most 2,000 characters. Split it or attach a document instead.',
    );
    expect(result.fields.summary).toBe(result.message);
  });

  it('takes 200,000 characters of policy text and refuses one more', () => {
    const { doc, policyId } = withPolicy();
    const added = run(doc, 'addPolicyRevision', {
      policyId,
      version: '1',
      date: '2025-01-01',
      text: 'a'.repeat(POLICY_TEXT_LIMIT),
    });
    expect(added.doc.policies[0]!.revisions[0]!.text).toHaveLength(POLICY_TEXT_LIMIT);
    expect(
      refusal(() =>
        run(doc, 'addPolicyRevision', {
          policyId,
          version: '1',
          date: '2025-01-01',
          text: 'a'.repeat(POLICY_TEXT_LIMIT + 1),
        }),
      ).message,
    ).toMatch(/^Policy text is too long: 200,001 characters, and a revision can hold at most 200,000\./);
  });

  it('keeps line breaks in policy text and drops the invisible characters Word would refuse', () => {
    const { doc, policyId } = withPolicy();
    const added = run(doc, 'addPolicyRevision', {
      policyId,
      version: '1',
      date: '2025-01-01',
      text: '1. Purpose\r\n\tIndented\u0000 clause\u000b.',
    });
    expect(added.doc.policies[0]!.revisions[0]!.text).toBe('1. Purpose\r\n\tIndented clause.');
  });

  it('refuses unknown ids, unknown fields and duplicate versions', () => {
    const { doc, policyId } = withPolicy();
    expect(
      refusal(() => run(doc, 'addPolicyRevision', { policyId: 'no-such-policy', version: '1', date: '2025-01-01' }))
        .message,
    ).toBe('That policy no longer exists. It may have been deleted.');
    expect(refusal(() => run(doc, 'addPolicy', { title: 'MOA', owningOrganizationId: 'org-nowhere' })).message).toBe(
      'That owning agency no longer exists. It may have been deleted.',
    );
    // @ts-expect-error -- a field the command does not know, sent as a hostile caller would
    expect(refusal(() => run(doc, 'addPolicy', { title: 'MOA', sneaky: true })).message).toMatch(/Unrecognized key/i);
    const once = run(doc, 'addPolicyRevision', { policyId, version: 'v2', date: '2025-01-01' }).doc;
    expect(refusal(() => run(once, 'addPolicyRevision', { policyId, version: 'V2', date: '2025-02-01' })).message).toBe(
      '"Memorandum of agreement on crisis drop-off" already has a version v2. Use a different version label.',
    );
    expect(
      refusal(() => run(doc, 'addPolicy', { title: 'memorandum of agreement on crisis DROP-OFF' })).message,
    ).toMatch(/already a policy called/);
  });

  it('keeps the owning agency out of the partners who sign, and edits only what it is given', () => {
    const { doc, policyId } = withPolicy();
    const edited = run(doc, 'updatePolicy', {
      id: policyId,
      changes: { partnerOrganizationIds: ['org-sheriff', 'org-crisis', 'org-crisis'] },
    }).doc.policies[0]!;
    expect(edited.partnerOrganizationIds).toEqual(['org-crisis']);
    expect(edited).toMatchObject({
      title: 'Memorandum of agreement on crisis drop-off',
      kind: 'moa',
      owningOrganizationId: 'org-sheriff',
    });
  });
});

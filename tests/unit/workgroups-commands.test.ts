import { describe, expect, it } from 'vitest';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { workgroupOverview } from '../../src/workgroups/overview';
import { nextSteeringMeeting, reportItemTitle } from '../../src/workgroups/reportToCommittee';
import { coalition, run, TODAY } from '../support/fixtures/policies-fixture';

function withWorkgroup(extra: Record<string, unknown> = {}): { doc: WorkspaceDocument; id: string } {
  const { doc, result } = run(coalition(), 'addWorkgroup', {
    name: 'Receiving facilities',
    focus: 'receiving-facilities',
    charge: 'Agree how officers hand a person over at the crisis center, and write it into a memorandum of agreement.',
    leadId: 'st-lee',
    memberIds: ['st-ortiz'],
    formedOn: '2025-01-14',
    ...extra,
  });
  return { doc, id: result as string };
}

describe('workgroups', () => {
  it('keeps the lead among the members and refuses to drop them', () => {
    const { doc, id } = withWorkgroup();
    expect(doc.workgroups[0]!.memberIds).toEqual(['st-lee', 'st-ortiz']);
    expect(() => run(doc, 'updateWorkgroup', { id, changes: { memberIds: ['st-ortiz'] } })).toThrow(
      /Dana Lee leads this workgroup/,
    );
    const changedLead = run(doc, 'updateWorkgroup', { id, changes: { leadId: 'st-kim', memberIds: ['st-ortiz'] } }).doc;
    expect(changedLead.workgroups[0]).toMatchObject({ leadId: 'st-kim', memberIds: ['st-kim', 'st-ortiz'] });
  });

  it('changes only the fields an edit names', () => {
    const { doc, id } = withWorkgroup({ statusLine: 'Drafting the MOA, review in March' });
    const renamed = run(doc, 'updateWorkgroup', { id, changes: { name: 'Receiving facility workgroup' } }).doc
      .workgroups[0]!;
    expect(renamed.name).toBe('Receiving facility workgroup');
    expect(renamed.charge).toMatch(/memorandum of agreement/);
    expect(renamed.statusLine).toBe('Drafting the MOA, review in March');
    expect(renamed.focus).toBe('receiving-facilities');
  });

  it('dates a completion, and refuses a closing before the forming', () => {
    const { doc, id } = withWorkgroup();
    expect(run(doc, 'updateWorkgroup', { id, changes: { status: 'completed' } }).doc.workgroups[0]!.closedOn).toBe(
      TODAY,
    );
    expect(() => run(doc, 'updateWorkgroup', { id, changes: { status: 'completed', closedOn: '2024-12-01' } })).toThrow(
      /cannot close \(2024-12-01\) before it was formed \(2025-01-14\)/,
    );
    expect(() => run(doc, 'updateWorkgroup', { id, changes: { closedOn: '2025-03-01' } })).toThrow(
      /Only a completed workgroup has a closing date/,
    );
  });

  it('refuses a second workgroup of the same name, and unknown people', () => {
    const { doc } = withWorkgroup();
    expect(() => run(doc, 'addWorkgroup', { name: 'receiving FACILITIES' })).toThrow(
      /already a workgroup called "Receiving facilities"/,
    );
    expect(() => run(doc, 'addWorkgroup', { name: 'Training', memberIds: ['st-ghost-1'] })).toThrow(
      /member no longer exists/,
    );
    expect(() => run(doc, 'addWorkgroup', { name: 'Bad\u0007name' })).toThrow(/control character/);
  });

  it('stamps the day the lead updates the status line', () => {
    const { doc, id } = withWorkgroup();
    const later = new Date('2025-03-20T12:00:00Z');
    const updated = run(doc, 'setWorkgroupStatusLine', { id, statusLine: 'MOA with the sheriff for signature' }, later)
      .doc.workgroups[0]!;
    expect(updated).toMatchObject({ statusLine: 'MOA with the sheriff for signature', statusUpdatedOn: '2025-03-20' });
    expect(() => run(doc, 'setWorkgroupStatusLine', { id, statusLine: 'x'.repeat(301) })).toThrow(
      /at most 300 characters/,
    );
  });

  it('gathers members with sectors, meetings, open and done items, and policies for its page', () => {
    const setup = withWorkgroup();
    const { id } = setup;
    let { doc } = setup;
    const open = run(doc, 'addWorkgroupActionItem', {
      workgroupId: id,
      title: 'Send draft MOA to the sheriff',
      ownerId: 'st-ortiz',
      dueDate: '2025-03-28',
    });
    doc = open.doc;
    const done = run(doc, 'addWorkgroupActionItem', {
      workgroupId: id,
      title: 'Tour the crisis center',
      ownerName: 'Dana',
    });
    doc = run(done.doc, 'setActionItemStatus', { ids: [done.result], status: 'done' }).doc;
    doc = run(doc, 'addPolicy', { title: 'Custody transfer MOA', kind: 'moa', workgroupId: id }).doc;
    const view = workgroupOverview(doc, doc.workgroups[0]!, TODAY);
    expect(view.members.map((m) => [m.stakeholder.name, m.stakeholder.sector, m.isLead])).toEqual([
      ['Dana Lee', 'mental-health', true],
      ['Sgt. Ray Ortiz', 'law-enforcement', false],
    ]);
    expect(view.openItems.map((a) => a.title)).toEqual(['Send draft MOA to the sheriff']);
    expect(view.openItems[0]).toMatchObject({ workgroupId: id, source: { kind: 'workgroup', id } });
    expect(view.doneItems.map((a) => a.title)).toEqual(['Tour the crisis center']);
    expect(view.policies.map((p) => [p.policy.title, p.waiting.stage])).toEqual([
      ['Custody transfer MOA', 'no-revision'],
    ]);
  });

  it('lets go of its meetings, items and policies when deleted, keeping them', () => {
    const setup = withWorkgroup();
    const { id } = setup;
    let { doc } = setup;
    doc = run(doc, 'addWorkgroupActionItem', { workgroupId: id, title: 'Draft the MOA' }).doc;
    doc = run(doc, 'addPolicy', { title: 'Custody transfer MOA', workgroupId: id }).doc;
    doc = run(doc, 'deleteWorkgroup', { id }).doc;
    expect(doc.workgroups).toEqual([]);
    expect(doc.actionItems[0]).toMatchObject({
      title: 'Draft the MOA',
      workgroupId: null,
      source: { kind: 'workgroup', id: null },
    });
    expect(doc.policies[0]!.workgroupId).toBeNull();
  });
});

describe('reporting to the steering committee', () => {
  it('finds the next planned steering committee meeting from today', () => {
    const doc = coalition();
    expect(nextSteeringMeeting(doc.meetings, TODAY)?.id).toBe('mt-steer-next');
    expect(nextSteeringMeeting(doc.meetings, '2025-03-19')?.id).toBe('mt-steer-later');
    expect(nextSteeringMeeting(doc.meetings, '2025-05-01')).toBeNull();
  });

  it('adds "Workgroup report: <name> — <status>" to the next agenda, under Reports, once', () => {
    const setup = withWorkgroup({ statusLine: 'Drafting the MOA, review in March' });
    const { id } = setup;
    let { doc } = setup;
    const first = run(doc, 'addWorkgroupReportToAgenda', { workgroupId: id });
    doc = first.doc;
    expect(first.result).toMatchObject({ meetingId: 'mt-steer-next', updated: false });
    const meeting = () => doc.meetings.find((m) => m.id === 'mt-steer-next')!;
    expect(meeting().agenda.map((s) => s.title)).toEqual(['Reports']);
    expect(meeting().agenda[0]!.items[0]).toMatchObject({
      title: 'Workgroup report: Receiving facilities — Drafting the MOA, review in March',
      presenterId: 'st-lee',
      purpose: 'information',
    });
    // A week later the status has moved on: the same item is brought up to date.
    doc = run(doc, 'setWorkgroupStatusLine', { id, statusLine: 'MOA ready for the committee vote' }).doc;
    const second = run(doc, 'addWorkgroupReportToAgenda', { workgroupId: id });
    doc = second.doc;
    expect(second.result).toMatchObject({ updated: true });
    expect(meeting().agenda[0]!.items.map((i) => i.title)).toEqual([
      'Workgroup report: Receiving facilities — MOA ready for the committee vote',
    ]);
    expect(doc.meetings.find((m) => m.id === 'mt-steer-later')!.agenda).toEqual([]);
  });

  it('explains when there is nothing to report or nowhere to put it', () => {
    const { doc, id } = withWorkgroup();
    expect(() => run(doc, 'addWorkgroupReportToAgenda', { workgroupId: id })).toThrow(
      /Write a status line for Receiving facilities first/,
    );
    const withLine = run(doc, 'setWorkgroupStatusLine', { id, statusLine: 'On track' }).doc;
    const afterAll = new Date('2025-06-01T12:00:00Z');
    expect(() => run(withLine, 'addWorkgroupReportToAgenda', { workgroupId: id }, afterAll)).toThrow(
      /no steering committee meeting planned/,
    );
  });

  it('cuts a long status to fit an agenda item title', () => {
    const title = reportItemTitle({ name: 'Data and evaluation', statusLine: 'y'.repeat(300) });
    expect(title.length).toBe(300);
    expect(title.endsWith('…')).toBe(true);
  });
});

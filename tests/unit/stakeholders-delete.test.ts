import { describe, expect, it } from 'vitest';
import { WorkspaceDocument } from '../../src/workspace/document';
import {
  describeStakeholderRemoval,
  previewOrganizationRemoval,
  previewStakeholderRemoval,
  describeOrganizationRemoval,
} from '../../src/stakeholders/removal';
import { StakeholderCoalition, TODAY } from '../support/fixtures/stakeholders-fixture';

/** A coalition where Dana appears everywhere a person can appear. */
function busyCoalition() {
  const c = new StakeholderCoalition();
  const dana = c.person('Dana Whitfield', { sector: 'law-enforcement' });
  const ruth = c.person('Ruth Alvarez', { sector: 'government' });
  const onlyDana = c.run('logConversation', {
    date: TODAY,
    stakeholderIds: [dana],
    followUp: { title: 'Send the overview' },
  }) as { id: string; followUpId: string };
  const both = (c.run('logConversation', { date: TODAY, stakeholderIds: [dana, ruth] }) as { id: string }).id;
  const meeting = c.run('addMeeting', {
    title: 'First convening',
    date: '2025-03-20',
    startTime: '18:00',
    inviteeIds: [dana, ruth],
  }) as string;
  c.run('setAttendance', {
    meetingId: meeting,
    marks: [
      { stakeholderId: dana, status: 'present' },
      { stakeholderId: ruth, status: 'regrets' },
    ],
  });
  const agendaItem = c.run('addAgendaItem', {
    meetingId: meeting,
    item: { title: 'Why CIT here', presenterId: dana },
  }) as string;
  const owned = c.run('addActionItem', { title: 'Ask the sheriff for data', ownerId: dana }) as string;
  const workgroup = c.run('addWorkgroup', { name: 'Training', leadId: dana, memberIds: [dana, ruth] }) as string;
  return { c, dana, ruth, onlyDana, both, meeting, agendaItem, owned, workgroup };
}

describe('deleting a stakeholder', () => {
  it('says beforehand exactly what will happen, in counts', () => {
    const { c, dana } = busyCoalition();
    const report = previewStakeholderRemoval(c.doc, [dana]);
    expect(report).toEqual({
      people: 1,
      conversationsRemoved: 1,
      touched: { conversations: 1, meetings: 1, actionItems: 2, workgroups: 1 },
    });
    expect(describeStakeholderRemoval(report)).toEqual([
      '1 conversation held only with this person will be deleted.',
      'They will be taken off 1 conversation held with others.',
      'They will be taken off the invitations and attendance of 1 meeting.',
      '2 action items will lose their owner or their link to a deleted conversation; the items themselves stay.',
      'They will be taken off 1 workgroup.',
    ]);
    // The preview changed nothing.
    expect(c.doc.stakeholders).toHaveLength(2);
  });

  it('removes or clears every reference in one change, leaving a valid workspace', () => {
    const { c, dana, ruth, onlyDana, both, meeting, agendaItem, owned, workgroup } = busyCoalition();
    const before = c.doc;
    const result = c.run('deleteStakeholders', { ids: [dana] });
    expect(result).toEqual(previewStakeholderRemoval(before, [dana]));
    const doc = c.doc;

    expect(JSON.stringify(doc)).not.toContain(dana);
    expect(JSON.stringify(doc)).not.toContain(onlyDana.id);
    expect(doc.conversations.map((x) => [x.id, x.stakeholderIds])).toEqual([[both, [ruth]]]);
    const m = doc.meetings.find((x) => x.id === meeting)!;
    expect(m.inviteeIds).toEqual([ruth]);
    expect(m.attendance).toEqual([{ stakeholderId: ruth, status: 'regrets' }]);
    expect(m.agenda.flatMap((s) => s.items).find((i) => i.id === agendaItem)?.presenterId).toBeNull();
    expect(doc.actionItems.find((a) => a.id === owned)?.ownerId).toBeNull();
    expect(doc.actionItems.find((a) => a.id === onlyDana.followUpId)).toMatchObject({
      title: 'Send the overview',
      source: { kind: 'conversation', id: null },
    });
    expect(doc.workgroups.find((w) => w.id === workgroup)).toMatchObject({ leadId: null, memberIds: [ruth] });
    expect(WorkspaceDocument.safeParse(doc).success).toBe(true);
    expect(c.history.at(-1)).toBe('delete stakeholder Dana Whitfield');
  });

  it('refuses unknown people and changes nothing', () => {
    const { c, dana } = busyCoalition();
    const before = c.doc;
    expect(() => c.run('deleteStakeholders', { ids: [dana, 'nobody-here'] })).toThrow(/no longer exists/);
    expect(c.doc).toBe(before);
  });
});

describe('deleting an organization', () => {
  it('keeps its people, without an organization, and says so', () => {
    const c = new StakeholderCoalition();
    const pd = c.org('Riverside Police Department', { sector: 'law-enforcement' });
    const a = c.person('Officer One', { organizationId: pd });
    c.person('Officer Two', { organizationId: pd });
    const report = previewOrganizationRemoval(c.doc, [pd]);
    expect(describeOrganizationRemoval(report)).toEqual(['2 people will stay in the list with no organization.']);
    c.run('deleteOrganization', { id: pd });
    expect(c.doc.organizations).toHaveLength(0);
    expect(c.get(a).organizationId).toBeNull();
  });

  it('refuses a second organization of the same name', () => {
    const c = new StakeholderCoalition();
    c.org('Riverside Police Department');
    expect(() => c.org('riverside police dept.')).not.toThrow();
    expect(() => c.org('The Riverside Police Department')).toThrow(/already in the list/);
  });
});

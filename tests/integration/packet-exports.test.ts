import { describe, expect, it } from 'vitest';
import { meetingPacketDocx } from '../../src/packet/export/packet';
import { signInSheetDocx } from '../../src/meetings/export/signInSheet';
import { meetingTentsDocx } from '../../src/meetings/export/meetingTents';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { coalition, make } from '../support/fixtures/meetings-fixture';

/**
 * The meeting packet, the sign-in sheet and the name tents, built from a workspace made with the
 * real commands, read back and opened by LibreOffice. Rae Collins chose 'private'.
 */
function steeringWorkspace() {
  const { doc, people } = coalition();
  const state = { doc };
  const everyone = Object.values(people).map((p) => p.id);
  make(state, 'addWorkgroup', { name: 'Dispatch protocol', leadId: people.dispatch.id, statusLine: 'Drafting the call-taker script' });
  const earlierId = make(state, 'addMeeting', {
    title: 'Steering committee, February',
    kind: 'steering-committee',
    date: '2026-02-10',
    startTime: '17:30',
    inviteeIds: everyone,
    templateId: 'steering-committee',
  });
  make(state, 'startMinutes', { meetingId: earlierId });
  const item = state.doc.meetings.find((m) => m.id === earlierId)!.minutes!.items[0]!.id;
  make(state, 'addMeetingActionItem', {
    meetingId: earlierId,
    itemId: item,
    fields: { title: 'Book the training room for May', ownerId: people.chief.id, dueDate: '2026-02-20' },
  });
  make(state, 'addMeetingActionItem', {
    meetingId: earlierId,
    itemId: item,
    fields: { title: 'Draft the data-sharing agreement', ownerId: people.judge.id, dueDate: '2026-04-30' },
  });
  const meetingId = make(state, 'addMeeting', {
    title: 'Steering committee, March',
    kind: 'steering-committee',
    date: '2026-03-10',
    startTime: '17:30',
    location: 'Riverside Public Library, Room B',
    inviteeIds: everyone,
    templateId: 'steering-committee',
  });
  return { doc: state.doc, people, meeting: state.doc.meetings.find((m) => m.id === meetingId)! };
}

describe('meeting packet', () => {
  it('holds the contents, the agenda, the draft minutes, the action items and the named workgroup report', async () => {
    const { doc, meeting } = steeringWorkspace();
    const bytes = await meetingPacketDocx(doc, meeting, '2026-03-01');
    const read = await readDocx(bytes);
    expect(read.text).toContain('In this packet');
    const parts = ['Agenda', 'Minutes for approval: Steering committee, February', 'Open and overdue action items', 'Workgroup report: Dispatch protocol'];
    for (const part of parts) expect(read.paragraphs).toContain(part);
    // Contents lines link to each part's bookmark, in order.
    const anchors = [...read.xml.matchAll(/<w:hyperlink[^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors).toEqual(['agenda', 'minutes', 'actions', expect.stringMatching(/^workgroup-/)]);
    for (const anchor of anchors) expect(read.xml).toContain(`w:name="${anchor}"`);
    expect(read.text).toContain('DRAFT: not yet approved');
    // Overdue first: the February booking is overdue on 1 March, the agreement is not.
    const part = read.paragraphs.lastIndexOf('Open and overdue action items');
    const after = read.paragraphs.slice(part);
    const overdueAt = after.indexOf('Book the training room for May');
    expect(overdueAt).toBeGreaterThan(after.indexOf('Overdue'));
    expect(after.indexOf('Draft the data-sharing agreement')).toBeGreaterThan(after.indexOf('Open'));
    expect(after.indexOf('Open')).toBeGreaterThan(overdueAt);
    // The coordinator's report speaks of training and crisis-call data, but neither is recorded yet.
    expect(read.text).toContain('no training summary');
    expect(read.text).toContain('no program data report');
    // Private people are never named in the packet.
    expect(read.text).not.toContain('Rae Collins');
    // Each part on its own page: the contents page and four parts.
    expect(read.sectionCount).toBe(5);
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(bytes, 'packet.docx')).pages).toBeGreaterThanOrEqual(5);
  });

  it('says why there are no minutes to approve when the earlier minutes are approved', async () => {
    const { doc, meeting } = steeringWorkspace();
    const earlier = doc.meetings.find((m) => m.id !== meeting.id)!;
    const approved = { ...doc, meetings: doc.meetings.map((m) => (m.id === earlier.id ? { ...m, minutes: { ...m.minutes!, status: 'approved' as const } } : m)) };
    const read = await readDocx(await meetingPacketDocx(approved, meeting, '2026-03-01'));
    expect(read.paragraphs).not.toContain('Minutes for approval: Steering committee, February');
    expect(read.text).toContain('already approved, so they are not included');
  });
});

describe('sign-in sheet', () => {
  it('pre-prints invitees with their organization, leaves the private out and adds blank rows, in landscape', async () => {
    const { doc, meeting } = steeringWorkspace();
    const bytes = await signInSheetDocx(doc, meeting);
    const read = await readDocx(bytes);
    expect(read.landscapeSections).toBe(1);
    for (const name of ['Dana Whitfield', 'Marcus Ortega', 'June Park', 'Hon. Lee Amari', 'Sam Ibe']) expect(read.paragraphs).toContain(name);
    expect(read.text).not.toContain('Rae Collins');
    expect(read.paragraphs).toContain('Signature');
    // Numbered rows: five invitees, then blank rows to the foot of the page (at least five: one more for the private invitee).
    expect(read.paragraphs).toContain('10');
    expect(read.paragraphs).not.toContain('11');
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(bytes, 'sign-in.docx')).pages).toBe(1);
  });
});

describe('name tents', () => {
  it('prints one folded page per invitee, a blank tent for a private person unless for the room only', async () => {
    const { doc, meeting } = steeringWorkspace();
    const bytes = await meetingTentsDocx(doc, meeting, false);
    const read = await readDocx(bytes);
    expect(read.sectionCount).toBe(6);
    expect(read.paragraphs).toContain('Dana Whitfield');
    expect(read.text).not.toContain('Rae Collins');
    // The upper half is the same name, turned: a picture described for screen readers.
    expect(read.xml).toContain('Upside down, to read from the other side: Dana Whitfield');
    const room = await readDocx(await meetingTentsDocx(doc, meeting, true));
    expect(room.paragraphs).toContain('Rae Collins');
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(bytes, 'tents.docx')).pages).toBe(6);
  });
});

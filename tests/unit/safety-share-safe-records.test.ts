import { describe, expect, it } from 'vitest';
import { COLLECTIONS, WorkspaceDocument } from '../../src/workspace/document';
import { serializeWorkspace } from '../../src/workspace/documentFile';
import { shareSafeCopy } from '../../src/workspace/shareSafe';

const at = '2026-03-02T15:00:00.000Z';

/**
 * A workspace with a record in every collection, each filled down to its deepest nested object
 * (an agenda item's attachment, a minutes decision's vote, a policy revision's signature, a
 * nomination's review), so that an unknown field can be put at every depth the schema has.
 */
function everyCollection(): Record<string, unknown> {
  return {
    schemaVersion: 2,
    coalition: {
      name: 'Riverside CIT',
      community: 'Riverside',
      timeZone: 'America/Chicago',
      createdAt: at,
      updatedAt: at,
    },
    organizations: [{ id: 'org-sheriff', name: 'Riverside Sheriff', sector: 'law-enforcement' }],
    stakeholders: [
      {
        id: 'person-1',
        name: 'Maria Ortiz',
        privacy: 'public',
        stageHistory: [{ stage: 'contacted', on: '2026-02-01', conversationId: 'conv-1' }],
        createdAt: at,
        updatedAt: at,
      },
    ],
    conversations: [{ id: 'conv-1', date: '2026-02-10', stakeholderIds: ['person-1'], createdAt: at }],
    meetings: [
      {
        id: 'meet-1',
        title: 'Steering committee',
        date: '2026-03-10',
        startTime: '18:00',
        attendance: [{ stakeholderId: 'person-1', status: 'present' }],
        guests: [{ name: 'Visiting coordinator', organization: 'Memphis CIT' }],
        agenda: [
          {
            id: 'section-1',
            title: 'Opening',
            items: [
              {
                id: 'agenda-item-1',
                title: 'Welcome',
                attachments: [{ label: 'Charter', target: 'S:/cit/charter.docx' }],
                carriedFrom: { meetingId: 'meet-0a', itemId: 'agenda-item-0' },
              },
            ],
          },
        ],
        minutes: {
          status: 'draft',
          items: [
            {
              id: 'minutes-item-1',
              title: 'Welcome',
              decisions: [{ id: 'decision-1', text: 'Adopt the charter', vote: { for: 5, against: 0, abstain: 1 } }],
            },
          ],
        },
        series: { id: 'series-1', name: 'Monthly', rule: { kind: 'monthly-weekday', weekday: 'TU', week: 2 } },
        quorum: { kind: 'fixed', count: 4 },
        createdAt: at,
      },
    ],
    actionItems: [{ id: 'item-1', title: 'Book the hall', source: { kind: 'meeting', id: 'meet-1' }, createdAt: at }],
    workgroups: [{ id: 'wg-training', name: 'Training', memberIds: ['person-1'], createdAt: at }],
    policies: [
      {
        id: 'policy-1',
        title: 'Crisis response SOP',
        revisions: [
          {
            id: 'revision-1',
            version: '1.0',
            date: '2026-01-05',
            statusHistory: [{ status: 'draft', on: '2026-01-05' }],
            reviews: [{ id: 'review-1', reviewerId: 'person-1', on: '2026-01-06' }],
            signatures: [{ organizationId: 'org-sheriff', signedOn: '2026-01-07', signedBy: 'Sheriff' }],
            createdAt: at,
          },
        ],
        createdAt: at,
      },
    ],
    recognitionEvents: [
      {
        id: 'event-1',
        title: 'Awards night',
        date: '2026-05-01',
        categories: [{ id: 'category-1', name: 'Officer of the year' }],
        nominations: [
          {
            id: 'nomination-1',
            categoryId: 'category-1',
            nomineeName: 'Chris Public',
            reviews: [{ reviewerId: 'person-1', score: 4, scoredAt: at }],
            conflicts: [{ reviewerId: 'person-1', reason: 'Nominee is my cousin Chris', declaredAt: at }],
            createdAt: at,
          },
        ],
        runOfShow: [{ id: 'segment-1', kind: 'welcome', title: 'Welcome' }],
        createdAt: at,
      },
    ],
    trainingCourses: [{ id: 'course-1', name: 'CIT 40-hour course', kind: 'cit-40', hours: 40, createdAt: at }],
    trainingClasses: [
      {
        id: 'class-1',
        courseId: 'course-1',
        startsOn: '2026-02-02',
        endsOn: '2026-02-06',
        instructorIds: ['person-1'],
        trainees: [
          {
            id: 'trainee-1',
            name: 'Sam Reyes',
            organizationId: 'org-sheriff',
            status: 'completed',
            completedOn: '2026-02-06',
          },
        ],
        createdAt: at,
      },
    ],
    agencyStaffing: [{ id: 'staffing-1', organizationId: 'org-sheriff', swornOfficers: 120 }],
    stageMarks: [{ itemId: 'step-one.charter', status: 'done', on: '2026-02-01', by: 'Dana', markedAt: at }],
    programMeasures: [{ id: 'measure-custom-1', label: 'Follow-up visits', unit: 'count', order: 200 }],
    programQuarters: [
      {
        id: 'quarter-1',
        organizationId: 'org-sheriff',
        quarter: '2026-Q1',
        values: { 'calls-mental-health': 40, 'outcome-arrest-jail': 3 },
        createdAt: at,
        updatedAt: at,
      },
    ],
    services: [
      {
        id: 'service-1',
        organizationId: 'org-sheriff',
        name: 'Crisis stabilization unit',
        description: 'Ask for the charge nurse, or text Jo on 612-555-0144.',
        phone: '(612) 555-0100',
        address: '400 River Rd',
        hours: [{ day: 'sa', opens: '19:00', closes: '07:00' }],
        languages: ['Spanish'],
        createdAt: at,
        updatedAt: at,
      },
    ],
    directorySettings: [{ id: 'directory', verifyAfterMonths: 4 }],
    committeeSeats: [
      {
        id: 'seat-1',
        name: 'Sheriff’s office',
        organizationId: 'org-sheriff',
        sector: 'law-enforcement',
        terms: [{ id: 'term-1', stakeholderId: 'person-1', startsOn: '2025-01-01', endsOn: '2027-01-01' }],
        createdAt: at,
      },
    ],
    committeeOfficers: [{ id: 'officer-1', role: 'chair', stakeholderId: 'person-1', from: '2025-01-01' }],
    conflictDeclarations: [
      {
        id: 'declaration-1',
        stakeholderId: 'person-1',
        year: 2026,
        declaredOn: '2026-01-10',
        interests: 'Brother-in-law sits on the crisis center board',
        createdAt: at,
      },
    ],
    history: [],
  };
}

/**
 * Puts a field this version does not know into every object of the tree, at every depth, each
 * holding a value that names where it was put ("unknown@meetings.0.agenda.0.items.0"). Values
 * of both kinds a newer version might add: plain text, and a nested object of its own.
 */
function injectUnknownEverywhere(node: unknown, path: string, placed: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => injectUnknownEverywhere(child, `${path}.${index}`, placed));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  // A quarter's values are a map from measure id to number, not a record with fields.
  if (/^programQuarters\.\d+\.values$/.test(path)) return;
  const record = node as Record<string, unknown>;
  for (const [key, child] of Object.entries(record))
    injectUnknownEverywhere(child, path ? `${path}.${key}` : key, placed);
  record.transcript = `unknown@${path || 'top'}`;
  record.contactPerson = { name: `unknown-person@${path || 'top'}`, email: 'someone@example.org' };
  placed.push(path || 'top');
}

describe('the share-safe copy builds every record from what it may show', () => {
  const raw = everyCollection();
  const placed: string[] = [];
  injectUnknownEverywhere(raw, '', placed);
  const original = WorkspaceDocument.parse(raw);
  const copy = shareSafeCopy(original, new Date('2026-03-03T09:00:00.000Z'));
  const text = serializeWorkspace(copy);

  it('the fixture covers every collection of the workspace, so a new collection must be added here', () => {
    for (const name of COLLECTIONS) {
      expect(original[name].length, name).toBeGreaterThan(0);
      expect(
        placed.some((p) => p.startsWith(`${name}.`)),
        name,
      ).toBe(true);
    }
    // Unknown fields really are in the original, at depth (the schemas are loose and keep them).
    expect(serializeWorkspace(original)).toContain('unknown@meetings.0.minutes.items.0.decisions.0.vote');
    expect(placed.length).toBeGreaterThan(30);
  });

  it('keeps no unknown field at any depth of any record', () => {
    const survivors = [...text.matchAll(/unknown(?:-person)?@[\w.]+/g)].map((m) => m[0]);
    expect(survivors).toEqual([]);
    expect(text).not.toContain('transcript');
    expect(text).not.toContain('contactPerson');
  });

  it('keeps the known fields of the shared work and stays a valid workspace', () => {
    expect(WorkspaceDocument.safeParse(copy).success).toBe(true);
    expect(copy.meetings[0]?.agenda[0]?.items[0]?.attachments[0]).toEqual({
      label: 'Charter',
      target: 'S:/cit/charter.docx',
    });
    expect(copy.meetings[0]?.minutes?.items[0]?.decisions[0]?.vote).toEqual({ for: 5, against: 0, abstain: 1 });
    expect(copy.meetings[0]?.series?.rule).toEqual({
      kind: 'monthly-weekday',
      weekday: 'TU',
      week: 2,
      intervalMonths: 1,
    });
    expect(copy.meetings[0]?.quorum).toEqual({ kind: 'fixed', count: 4 });
    expect(copy.policies[0]?.revisions[0]?.signatures[0]).toMatchObject({
      organizationId: 'org-sheriff',
      signedBy: 'Sheriff',
    });
    expect(copy.stageMarks[0]).toMatchObject({ itemId: 'step-one.charter', by: 'Dana' });
    // Trainees are counted, not named: the numbers of trained officers per agency survive.
    expect(copy.trainingClasses[0]?.trainees[0]).toMatchObject({
      name: 'Trainee 1',
      organizationId: 'org-sheriff',
      status: 'completed',
    });
    expect(text).not.toContain('Sam Reyes');
    expect(copy.agencyStaffing[0]).toMatchObject({ swornOfficers: 120, targetPercent: 25 });
    // Agencies' counts (here an arrest count of 3) never leave in a copy; the measures do.
    expect(copy.programQuarters).toEqual([]);
    expect(copy.programMeasures[0]).toMatchObject({ label: 'Follow-up visits' });
    // A directory entry keeps its organization's published line and address; a number typed into its notes goes.
    expect(copy.services[0]).toMatchObject({ phone: '(612) 555-0100', address: '400 River Rd', languages: ['Spanish'] });
    expect(copy.services[0]?.description).not.toContain('555-0144');
    expect(copy.directorySettings[0]).toEqual({ id: 'directory', verifyAfterMonths: 4 });
    // Seats, terms and officers are the committee's shared record; a declaration keeps that it was
    // made, for which year, and never what was declared.
    expect(copy.committeeSeats[0]?.terms[0]).toMatchObject({ stakeholderId: 'person-1', endsOn: '2027-01-01', leftOn: null });
    expect(copy.committeeOfficers[0]).toMatchObject({ role: 'chair', stakeholderId: 'person-1' });
    expect(copy.conflictDeclarations[0]).toMatchObject({ stakeholderId: 'person-1', year: 2026, interests: '' });
    expect(text).not.toContain('Brother-in-law');
    // A reviewer's conflict stays (the score left them out) without the reason they gave.
    expect(copy.recognitionEvents[0]?.nominations[0]?.conflicts).toEqual([{ reviewerId: 'person-1', reason: '', declaredAt: at }]);
    expect(text).not.toContain('my cousin');
    expect(copy.stakeholders[0]?.stageHistory[0]).toEqual({
      stage: 'contacted',
      on: '2026-02-01',
      note: '',
      conversationId: 'conv-1',
    });
  });
});

describe('the share-safe copy removes contact details by what a value is, not by what its field is called', () => {
  const raw = everyCollection();
  const item = (raw.actionItems as Array<Record<string, unknown>>)[0]!;
  item.contactEmail = 'jordan.reyes@family.example';
  item.ownerName = 'jordan.reyes@family.example';
  item.notes = 'Ring Jordan on (555) 010-7788 or +44 20 7946 0958, or write to jordan.reyes@family.example first.';
  const meeting = (raw.meetings as Array<Record<string, unknown>>)[0]!;
  meeting.location = 'Call 555.010.4321 for the door code';
  meeting.videoLink = 'https://meet.example/j/5550102030?pwd=abc';
  (meeting.guests as Array<Record<string, unknown>>)[0]!.organization = 'guest@memphis.example';
  const revision = (raw.policies as Array<Record<string, Array<Record<string, unknown>>>>)[0]!.revisions![0]!;
  revision.text =
    'Officers call the mobile crisis team at 555-010-0000. Florida Statute 394.463, FY 2024-2025, call 988, budget $1,250,000.';
  (revision.signatures as Array<Record<string, unknown>>)[0]!.note = 'Signed copy from clerk@county.example';
  const workgroup = (raw.workgroups as Array<Record<string, unknown>>)[0]!;
  workgroup.statusLine = 'Waiting on 555 010 2233';
  const original = WorkspaceDocument.parse(raw);
  const copy = shareSafeCopy(original, new Date('2026-03-03T09:00:00.000Z'));
  const text = serializeWorkspace(copy);

  it('leaves no email address or phone number in any field, known or unknown, whole or inside text', () => {
    for (const contact of [
      'jordan.reyes@family.example',
      '(555) 010-7788',
      '+44 20 7946 0958',
      '555.010.4321',
      'guest@memphis.example',
      '555-010-0000',
      'clerk@county.example',
      '555 010 2233',
    ]) {
      expect(text, contact).not.toContain(contact);
    }
    expect(text).not.toContain('contactEmail');
  });

  it('keeps the words around a removed contact, and a field that was only a contact becomes empty when it may be', () => {
    expect(copy.actionItems[0]?.ownerName).toBe('');
    expect(copy.actionItems[0]?.notes).toMatch(/^Ring Jordan on .+, or write to .+ first\.$/);
    expect(copy.meetings[0]?.location).toMatch(/^Call .+ for the door code$/);
    expect(WorkspaceDocument.safeParse(copy).success).toBe(true);
  });

  it('does not take ids, dates, times, years, statutes, amounts or a link for contact details', () => {
    expect(copy.policies[0]?.revisions[0]?.text).toContain(
      'Florida Statute 394.463, FY 2024-2025, call 988, budget $1,250,000.',
    );
    expect(copy.meetings[0]).toMatchObject({ id: 'meet-1', date: '2026-03-10', startTime: '18:00' });
    expect(copy.meetings[0]?.videoLink).toBe('https://meet.example/j/5550102030?pwd=abc');
    expect(copy.coalition.createdAt).toBe(at);
  });
});

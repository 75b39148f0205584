import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { WorkspaceDocument } from '../../src/workspace/document';
import { WITHHELD_NAME } from '../../src/stakeholders/privacy';
import { readWorkspaceFile, serializeWorkspace } from '../../src/workspace/documentFile';
import { WorkspaceSession } from '../../src/workspace/session';
import { shareSafeCopy } from '../../src/workspace/shareSafe';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';

const at = '2026-03-02T15:00:00.000Z';

/** A workspace holding every kind of personal detail the share-safe copy must leave out. */
function sensitiveWorkspace(): WorkspaceDocument {
  return WorkspaceDocument.parse({
    schemaVersion: 2,
    coalition: {
      name: 'Riverside CIT',
      community: 'Riverside County',
      timeZone: 'America/Chicago',
      createdAt: at,
      updatedAt: at,
    },
    organizations: [
      {
        id: 'org-sheriff',
        name: 'Riverside Sheriff',
        sector: 'law-enforcement',
        notes: 'Chief is wary of the cost; go through the deputy.',
      },
    ],
    stakeholders: [
      {
        id: 'person-public',
        name: 'Maria Ortiz',
        title: 'Crisis services director',
        organizationId: 'org-sheriff',
        sector: 'mental-health',
        email: 'maria.ortiz@riverside.example',
        phone: '(555) 010-2030',
        preferredContact: 'phone',
        tags: ['champion'],
        notes: 'Lost her brother to a police shooting in 2019.',
        livedExperience: true,
        privacy: 'public',
        influence: 'high',
        interest: 'low',
        stage: 'committed',
        stageHistory: [{ stage: 'committed', on: '2026-02-01', note: 'Agreed after the budget talk.' }],
        createdAt: at,
        updatedAt: at,
      },
      {
        id: 'person-nameonly',
        name: 'Sam Lee',
        title: 'Peer specialist',
        sector: 'peer',
        email: 'sam@peer.example',
        phone: '555-010-9999',
        notes: 'Hospitalised twice last year.',
        privacy: 'name-only',
        createdAt: at,
        updatedAt: at,
      },
      {
        id: 'person-private',
        name: 'Jordan Reyes',
        title: 'Family member, Clubhouse board',
        organizationId: 'org-sheriff',
        sector: 'family',
        email: 'jordan@family.example',
        notes: 'Son has schizophrenia; do not name in minutes.',
        livedExperience: true,
        privacy: 'private',
        roles: ['chair'],
        tags: ['lived experience'],
        createdAt: at,
        updatedAt: at,
      },
    ],
    conversations: [
      {
        id: 'conv-1',
        date: '2026-02-10',
        stakeholderIds: ['person-private'],
        heldBy: 'Casey Withheld-Peer',
        summary: 'Jordan described the night of the crisis call.',
        commonGround: 'Wants officers trained in de-escalation.',
        concerns: 'Fears retaliation if named.',
        createdAt: at,
      },
    ],
    meetings: [
      {
        id: 'meet-1',
        title: 'First stakeholder meeting',
        date: '2026-03-10',
        startTime: '18:00',
        guests: [
          {
            name: 'Visiting coordinator',
            organization: 'Memphis CIT',
            email: 'guest@memphis.example',
            phone: '555-010-0000',
          },
        ],
        createdAt: at,
      },
    ],
    actionItems: [{ id: 'item-1', title: 'Book the hall', notes: 'Deposit due Friday.', createdAt: at }],
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
            nomineeName: 'Alex Private',
            nomineeAgency: 'County jail',
            nomineePrivacy: 'private',
            nominatedByName: 'Morgan Nominator',
            story: 'Talked a man down from the bridge on Route 9.',
            reviews: [{ reviewerId: 'person-public', score: 5, comment: 'Strong', scoredAt: at }],
            createdAt: at,
          },
          {
            id: 'nomination-2',
            categoryId: 'category-1',
            nomineeName: 'Chris Public',
            nomineePrivacy: 'public',
            story: 'A long story.',
            createdAt: at,
          },
        ],
        createdAt: at,
      },
    ],
    history: [
      { id: 'hist-0001', at, kind: 'change', command: 'addStakeholder', description: 'add stakeholder Jordan Reyes' },
    ],
    futureCollection: [{ secret: 'from a newer version' }],
  });
}

describe('the share-safe copy', () => {
  const original = sensitiveWorkspace();
  const originalText = serializeWorkspace(original);
  const copy = shareSafeCopy(original, new Date('2026-03-03T09:00:00.000Z'));
  const text = serializeWorkspace(copy);

  it('is a valid workspace the partner can open', () => {
    expect(WorkspaceDocument.safeParse(copy).success).toBe(true);
    expect(copy.coalition.name).toBe('Riverside CIT');
    expect((copy as { shareSafeCopy?: { madeAt: string } }).shareSafeCopy?.madeAt).toBe('2026-03-03T09:00:00.000Z');
  });

  it('holds no email address or phone number of anyone, anywhere', () => {
    expect(text).not.toMatch(/@[a-z]+\.example/);
    expect(text).not.toMatch(/555/);
    for (const person of copy.stakeholders)
      expect([person.email, person.phone, person.preferredContact]).toEqual(['', '', 'any']);
  });

  it('holds none of the private notes: about people, conversations, organizations, nominations', () => {
    for (const secret of [
      'Lost her brother',
      'Hospitalised',
      'schizophrenia',
      'Agreed after the budget talk',
      'night of the crisis call',
      'de-escalation',
      'retaliation',
      'Chief is wary',
      'Route 9',
      'Strong',
      'from a newer version',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(copy.history).toEqual([]);
    expect(copy.stakeholders.every((p) => p.notes === '' && p.tags.length === 0 && !p.livedExperience)).toBe(true);
    expect(copy.stakeholders.every((p) => p.influence === 'medium' && p.interest === 'medium')).toBe(true);
  });

  it('withholds the name, title and organization of people who asked, and keeps the others by name', () => {
    const byId = new Map(copy.stakeholders.map((p) => [p.id, p]));
    expect(byId.get('person-private')).toMatchObject({
      name: WITHHELD_NAME,
      title: '',
      organizationId: null,
      roles: [],
      sector: 'other',
    });
    expect(text).not.toContain('Jordan');
    expect(byId.get('person-public')).toMatchObject({
      name: 'Maria Ortiz',
      title: 'Crisis services director',
      organizationId: 'org-sheriff',
    });
    expect(byId.get('person-nameonly')).toMatchObject({ name: 'Sam Lee' });
    const [privateNominee, publicNominee] = copy.recognitionEvents[0]!.nominations;
    expect(privateNominee).toMatchObject({ nomineeName: WITHHELD_NAME, nomineeAgency: '', story: '', reviews: [] });
    expect(publicNominee).toMatchObject({ nomineeName: 'Chris Public' });
    expect(text).not.toContain('Alex Private');
  });

  it('keeps the shared work: meetings, action items with their notes, who was in each conversation', () => {
    expect(copy.meetings[0]).toMatchObject({
      title: 'First stakeholder meeting',
      guests: [{ name: 'Visiting coordinator', organization: 'Memphis CIT' }],
    });
    expect(copy.actionItems[0]).toMatchObject({ title: 'Book the hall', notes: 'Deposit due Friday.' });
    expect(copy.conversations[0]).toMatchObject({
      date: '2026-02-10',
      stakeholderIds: ['person-private'],
      summary: '',
    });
    expect(copy.stakeholders[0]?.stageHistory).toEqual([{ stage: 'committed', on: '2026-02-01', note: '' }]);
  });

  it('keeps no free-text name of who held a conversation or who made a nomination', () => {
    expect(copy.conversations[0]?.heldBy).toBe('');
    expect(text).not.toContain('Casey Withheld-Peer');
    expect(copy.recognitionEvents[0]?.nominations.every((n) => n.nominatedByName === '')).toBe(true);
    expect(text).not.toContain('Morgan Nominator');
  });

  it('leaves the original untouched (a pure function)', () => {
    expect(serializeWorkspace(original)).toBe(originalText);
  });
});

describe('exportShareSafeCopy', () => {
  it('saves the copy as a .cit.json where the person chooses, and returns null when they cancel', async () => {
    const dir = await tempDir('cit-share-');
    const file = path.join(dir, 'Riverside.cit.json');
    const session = await WorkspaceSession.fromDocument(file, sensitiveWorkspace());
    await session.close();
    const platform = testPlatform(dir, { open: file, exportFile: null });
    const service = new AppService(platform, { defaultTimeZone: 'UTC' });
    await dispatch(service.handlers, 'openWorkspace', {});

    expect(await dispatch(service.handlers, 'exportShareSafeCopy', {})).toEqual({ ok: true, value: null });
    expect(platform.asked).toContain('export:json:Riverside CIT (share-safe).cit.json');

    const target = path.join(dir, 'For the sheriff.cit.json');
    platform.answers.exportFile = target;
    const reply = await dispatch(service.handlers, 'exportShareSafeCopy', {});
    expect(reply).toMatchObject({ ok: true, value: { filePath: target, fileName: 'For the sheriff.cit.json' } });
    const saved = await readWorkspaceFile(target, { defaultTimeZone: 'UTC' });
    expect(saved.doc.stakeholders.find((p) => p.id === 'person-private')?.name).toBe(WITHHELD_NAME);
    expect(await readFile(target, 'utf8')).not.toMatch(/@[a-z]+\.example|schizophrenia/);
    // The workspace itself still holds everything.
    expect(service.current?.doc.stakeholders.find((p) => p.id === 'person-private')?.name).toBe('Jordan Reyes');
    await service.close();
  });
});

describe('the progress and status reports', () => {
  it('suggest different file names for the share-safe and the coalition copy, so one never replaces the other', async () => {
    const dir = await tempDir('cit-share-names-');
    const file = path.join(dir, 'Riverside.cit.json');
    const session = await WorkspaceSession.fromDocument(file, sensitiveWorkspace());
    await session.close();
    const platform = testPlatform(dir, { open: file, exportFile: null });
    const service = new AppService(platform, { defaultTimeZone: 'UTC' });
    await dispatch(service.handlers, 'openWorkspace', {});
    for (const method of ['exportProgressReportDocx', 'exportStatusReportDocx']) {
      platform.asked.length = 0;
      for (const shareSafe of [true, false]) {
        expect(await dispatch(service.handlers, method, { shareSafe })).toEqual({ ok: true, value: null });
      }
      const [shared, full] = platform.asked;
      expect(shared, method).toMatch(/^export:docx:.+ \(share-safe\)\.docx$/);
      expect(full, method).toMatch(/^export:docx:.+ \(coalition copy\)\.docx$/);
      expect(shared).not.toBe(full);
    }
    await service.close();
  });
});

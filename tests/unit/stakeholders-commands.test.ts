import { describe, expect, it } from 'vitest';
import { previewCsv } from '../../src/stakeholders/csvImport';
import { powerGrid } from '../../src/stakeholders/powerGrid';
import { fixtureCsv, StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';
import { refusal } from '../support/refusal';

describe('adding and editing people', () => {
  it('changes only the fields an edit sends, leaving the others as they were', () => {
    const c = new StakeholderCoalition();
    const org = c.org('Riverbend Crisis Center', { sector: 'mental-health', notes: 'Board meets monthly' });
    const rae = c.person('Rae Collins', {
      organizationId: org, sector: 'peer', privacy: 'private', livedExperience: true, tags: ['speaker'], notes: 'Prefers text',
    });
    c.run('updateStakeholder', { id: rae, changes: { phone: '555-0100' } });
    expect(c.get(rae)).toMatchObject({ phone: '555-0100', privacy: 'private', livedExperience: true, tags: ['speaker'], notes: 'Prefers text', sector: 'peer', organizationId: org });
    c.run('updateOrganization', { id: org, changes: { name: 'Riverbend Crisis Centre' } });
    expect(c.doc.organizations.find((o) => o.id === org)).toMatchObject({ name: 'Riverbend Crisis Centre', sector: 'mental-health', notes: 'Board meets monthly' });
    const { id: talk } = c.run('logConversation', { date: '2025-03-01', stakeholderIds: [rae], channel: 'phone', summary: 'Agreed to speak', concerns: 'Being named' });
    c.run('updateConversation', { id: talk, changes: { summary: 'Agreed to speak at the March class' } });
    expect(c.doc.conversations.find((x) => x.id === talk)).toMatchObject({ channel: 'phone', concerns: 'Being named', summary: 'Agreed to speak at the March class' });
  });

  it('adds a person, matching an organization typed by name or creating it with the sector its name suggests', () => {
    const c = new StakeholderCoalition();
    const nami = c.org('NAMI Riverside', { sector: 'advocacy' });
    const sam = c.person('Sam Lee', { organizationName: 'nami riverside' });
    expect(c.get(sam).organizationId).toBe(nami);
    const dana = c.person('Dana Whitfield', { organizationName: "Riverside County Sheriff's Office" });
    const created = c.doc.organizations.find((o) => o.id === c.get(dana).organizationId);
    expect(created).toMatchObject({ name: "Riverside County Sheriff's Office", sector: 'law-enforcement' });
    expect(c.doc.organizations).toHaveLength(2);
  });

  it('refuses bad fields with a message per field and changes nothing', () => {
    const c = new StakeholderCoalition();
    const before = c.doc;
    const attempt = (input: object) => refusal(() => c.run('addStakeholder', input as never)).fields;
    expect(attempt({ name: '  ' })).toEqual({ name: 'Name is required.' });
    expect(attempt({ name: 'Dana', email: 'dana@', phone: 'call me' })).toEqual({
      email: 'Enter a valid email address, like name@agency.org.',
      phone: 'Enter a phone number using digits, spaces, dashes or brackets, like (555) 010-2030.',
    });
    expect(attempt({ name: 'Dana\u0000' }).name).toMatch(/control character/);
    expect(attempt({ name: 'Dana', notes: 'n'.repeat(50_000) }).notes).toMatch(/too long/);
    expect(attempt({ name: 'Dana', stage: 'sleeping' }).stage).toMatch(/^Invalid option: expected one of "identified"/);
    expect(attempt({ name: 'Dana', isAdmin: true })).toEqual({ _: 'Unrecognized key: "isAdmin"' });
    expect(() => c.run('addStakeholder', { name: 'Dana', organizationId: 'org-that-is-gone' })).toThrow(
      /no longer exists/,
    );
    expect(c.doc).toBe(before);
  });

  it('edits fields without touching the stage history, and stamps the change', () => {
    const c = new StakeholderCoalition();
    const id = c.person('Dana Whitfield');
    const later = new StakeholderCoalition(new Date('2025-03-05T12:00:00Z'));
    later.doc = c.doc;
    later.run('updateStakeholder', { id, changes: { title: 'Lieutenant', privacy: 'name-only', influence: 'high' } });
    expect(later.get(id)).toMatchObject({
      title: 'Lieutenant',
      privacy: 'name-only',
      influence: 'high',
      stage: 'identified',
      updatedAt: '2025-03-05T12:00:00.000Z',
    });
    expect(later.get(id).stageHistory).toHaveLength(1);
  });

  it('adds and removes a tag for many people at once, never twice', () => {
    const c = new StakeholderCoalition();
    const a = c.person('A Person', { tags: ['Dispatch'] });
    const b = c.person('B Person');
    expect(c.run('addStakeholderTag', { ids: [a, b], tag: 'dispatch' })).toEqual({ changed: 1 });
    expect(c.get(a).tags).toEqual(['Dispatch']);
    expect(c.get(b).tags).toEqual(['dispatch']);
    expect(c.run('removeStakeholderTag', { ids: [a, b], tag: 'DISPATCH' })).toEqual({ changed: 2 });
    expect(c.get(a).tags).toEqual([]);
  });
});

describe('importing people', () => {
  const readyRows = (c: StakeholderCoalition, file: string) =>
    previewCsv(fixtureCsv(file), c.doc)
      .rows.filter((r) => Object.keys(r.errors).length === 0)
      .map((r) => r.values);

  it('adds everyone in one change, creating each organization once', () => {
    const c = new StakeholderCoalition();
    const result = c.run('importStakeholders', {
      rows: readyRows(c, 'agency-export-bom-crlf.csv'),
      duplicates: 'skip',
    });
    expect(result).toEqual({ added: 4, merged: 0, skipped: 1, organizationsCreated: 4 });
    expect(c.history).toEqual(['import 5 people']);
    expect(c.doc.stakeholders.map((s) => s.name)).toEqual([
      'Dana Whitfield',
      'José Núñez',
      'Maya Okafor, Jr.',
      'Priya Raman',
    ]);
    expect(c.doc.stakeholders.every((s) => s.stage === 'identified' && s.stageHistory.length === 1)).toBe(true);
    expect(c.doc.organizations.map((o) => [o.name, o.sector])).toEqual([
      ["Riverside County Sheriff's Office", 'law-enforcement'],
      ['Riverbend Crisis Center, Inc.', 'mental-health'],
      ['Riverside 911 Communications', 'dispatch'],
      ['Riverside Hospital', 'hospital'],
    ]);
  });

  it('merges a duplicate into the person already there: blanks filled, tags added, nothing overwritten', () => {
    const c = new StakeholderCoalition();
    const dana = c.person('Dana Whitfield', {
      title: 'Sergeant',
      email: 'dana.whitfield@riversidesheriff.example',
      tags: ['champion'],
    });
    const rows = [
      {
        name: 'Dana Whitfield',
        title: 'Sgt.',
        email: 'DANA.WHITFIELD@riversidesheriff.example',
        phone: '555 010 2030',
        tags: ['patrol', 'Champion'],
        notes: 'From the sheriff list',
      },
      { name: 'New Person', organization: 'Riverside Hospital' },
      { name: 'new person', organization: 'riverside hospital', phone: '555 010 7777' },
    ];
    expect(c.run('importStakeholders', { rows, duplicates: 'merge' })).toEqual({
      added: 1,
      merged: 2,
      skipped: 0,
      organizationsCreated: 1,
    });
    expect(c.get(dana)).toMatchObject({
      title: 'Sergeant',
      phone: '555 010 2030',
      tags: ['champion', 'patrol'],
      notes: 'From the sheriff list',
    });
    expect(c.doc.stakeholders.find((s) => s.name === 'New Person')?.phone).toBe('555 010 7777');
  });

  it('refuses a whole import with a bad row (the screen sends only good rows) and changes nothing', () => {
    const c = new StakeholderCoalition();
    const before = c.doc;
    expect(() => c.run('importStakeholders', { rows: [{ name: 'Fine' }, { name: 'Bad', email: 'nope' }] })).toThrow(
      /valid email/,
    );
    expect(() => c.run('importStakeholders', { rows: [] })).toThrow(/no one to import/);
    expect(c.doc).toBe(before);
  });
});

describe('the power-interest grid', () => {
  it('places people by influence and interest, high influence on top, leaving out who declined', () => {
    const c = new StakeholderCoalition();
    const sheriff = c.person('Sheriff', { influence: 'high', interest: 'low' });
    const peer = c.person('Peer', { influence: 'low', interest: 'high' });
    c.person('Gone', { influence: 'high', interest: 'high', stage: 'declined' });
    const grid = powerGrid(c.doc.stakeholders);
    expect(grid.rows.map((row) => row.map((cell) => cell.stakeholderIds.length))).toEqual([
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 1],
    ]);
    expect(grid.rows[0]?.[0]).toMatchObject({ influence: 'high', interest: 'low', stakeholderIds: [sheriff] });
    expect(grid.rows[2]?.[2]?.stakeholderIds).toEqual([peer]);
    expect(grid).toMatchObject({ placed: 2, leftOff: 1 });
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Sector } from '../../src/model/sector';
import { stakeholdersCsv } from '../../src/stakeholders/export/csvExport';
import { exportableRoles, exportableSector, WITHHELD_NAME } from '../../src/stakeholders/privacy';
import { organizationsById } from '../../src/stakeholders/sectorOf';
import { serializeWorkspace } from '../../src/workspace/documentFile';
import { shareSafeCopy } from '../../src/workspace/shareSafe';
import { StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';

/**
 * A person who chose 'private' must not be recognisable in anything shared. Their role ("the
 * chair") names them as surely as their name, and the peer or family sector beside "Name
 * withheld" discloses health information about them or their family.
 */
function coalition() {
  const c = new StakeholderCoalition();
  const clubhouse = c.org('Riverside Clubhouse', { sector: 'peer' });
  const chair = c.person('Jordan Reyes', {
    title: 'Peer specialist',
    sector: 'peer',
    roles: ['chair'],
    privacy: 'private',
    livedExperience: true,
  });
  // Left at 'other', so the sector would come from the organization (the peer clubhouse).
  const member = c.person('Robin Hale', { organizationId: clubhouse, privacy: 'private', roles: ['workgroup-lead'] });
  const named = c.person('Maria Ortiz', { sector: 'peer', roles: ['coordinator'], privacy: 'name-only' });
  return { c, chair, member, named, orgs: organizationsById(c.doc.organizations) };
}

describe('what a withheld person shows in a shared document (the one privacy rule)', () => {
  it('shows no role and a neutral sector when shared, and everything to the coalition', () => {
    const { c, chair, named } = coalition();
    expect(exportableRoles(c.get(chair), 'shared')).toEqual([]);
    expect(exportableSector(c.get(chair), 'peer', 'shared')).toBe('other');
    expect(exportableSector(c.get(chair), 'family', 'shared')).toBe('other');
    expect(exportableSector(c.get(chair), 'law-enforcement', 'shared')).toBe('other');
    expect(exportableRoles(c.get(chair), 'coalition')).toEqual(['chair']);
    expect(exportableSector(c.get(chair), 'peer', 'coalition')).toBe('peer');
    // People who may be named keep their place in the coalition.
    expect(exportableRoles(c.get(named), 'shared')).toEqual(['coordinator']);
    expect(exportableSector(c.get(named), 'peer', 'shared')).toBe('peer');
  });
});

describe('the share-safe CSV', () => {
  const parse = (csv: string) =>
    Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

  it('prints no role, title, organization or lived-experience sector beside "Name withheld"', () => {
    const { c, orgs } = coalition();
    const rows = parse(stakeholdersCsv(c.doc.stakeholders, orgs, { shareSafe: true }));
    const withheld = rows.filter((r) => r.Name === WITHHELD_NAME);
    expect(withheld).toHaveLength(2);
    for (const row of withheld) {
      expect(row).toMatchObject({ Title: '', Organization: '', Roles: '', Sector: Sector.labelOf('other') });
    }
    expect(rows.find((r) => r.Name === 'Maria Ortiz')).toMatchObject({
      Sector: Sector.labelOf('peer'),
      Roles: 'CIT coordinator',
    });
  });

  it('keeps role and sector in the coalition copy', () => {
    const { c, orgs } = coalition();
    const rows = parse(stakeholdersCsv(c.doc.stakeholders, orgs, { shareSafe: false }));
    expect(rows.find((r) => r.Name === 'Jordan Reyes')).toMatchObject({
      Sector: Sector.labelOf('peer'),
      Roles: 'Steering committee chair',
    });
    expect(rows.find((r) => r.Name === 'Robin Hale')?.Sector).toBe(Sector.labelOf('peer'));
  });
});

describe('the share-safe copy of the workspace', () => {
  it('gives a withheld person no role, title, organization or lived-experience sector', () => {
    const { c, chair, member, named } = coalition();
    const copy = shareSafeCopy(c.doc, new Date('2025-03-04T09:00:00.000Z'));
    const byId = new Map(copy.stakeholders.map((p) => [p.id, p]));
    for (const id of [chair, member]) {
      expect(byId.get(id)).toMatchObject({
        name: WITHHELD_NAME,
        title: '',
        organizationId: null,
        roles: [],
        sector: 'other',
        livedExperience: false,
        privacy: 'private',
      });
    }
    expect(byId.get(named)).toMatchObject({ name: 'Maria Ortiz', sector: 'peer', roles: ['coordinator'] });
    const text = serializeWorkspace(copy);
    expect(text).not.toContain('Jordan');
    expect(text).not.toContain('"chair"');
  });
});

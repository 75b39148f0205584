import { describe, expect, it } from 'vitest';
import { coverageBySector, missingSummary, type CoverageKey } from '../../src/stakeholders/coverage';
import { StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';

function statusOf(c: StakeholderCoalition, key: CoverageKey) {
  const row = coverageBySector(c.doc.stakeholders, c.doc.organizations).find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

describe('coverage by sector', () => {
  it('says "no one yet" for every partner of an empty coalition', () => {
    const c = new StakeholderCoalition();
    const rows = coverageBySector(c.doc.stakeholders, c.doc.organizations);
    expect(rows.every((r) => r.status === 'none')).toBe(true);
    expect(missingSummary(rows)).toBe(
      'No one yet from: law enforcement, dispatch / 911, mental health providers, people with lived experience, NAMI or other advocates, family members.',
    );
  });

  it('distinguishes named, talking and at the table', () => {
    const c = new StakeholderCoalition();
    c.person('Named Only', { sector: 'dispatch' });
    expect(statusOf(c, 'dispatch')).toMatchObject({ status: 'none', identified: 1 });
    c.person('Called Once', { sector: 'dispatch', stage: 'contacted' });
    expect(statusOf(c, 'dispatch')).toMatchObject({ status: 'talking', talking: 1 });
    c.person('Signed Up', { sector: 'dispatch', stage: 'committed' });
    expect(statusOf(c, 'dispatch')).toMatchObject({ status: 'at-the-table', atTheTable: 1, talking: 1, identified: 1 });
  });

  it('does not count people who declined or went inactive as reaching a sector', () => {
    const c = new StakeholderCoalition();
    c.person('Said No', { sector: 'courts', stage: 'declined' });
    c.person('Moved Away', { sector: 'courts', stage: 'inactive' });
    expect(statusOf(c, 'courts')).toMatchObject({
      status: 'none',
      counts: expect.objectContaining({ declined: 1, inactive: 1 }),
    });
  });

  it('counts lived experience from the flag, whatever the person’s sector, and from the peer sector', () => {
    const c = new StakeholderCoalition();
    c.person('Sgt. Ortiz', { sector: 'law-enforcement', livedExperience: true, stage: 'committed' });
    expect(statusOf(c, 'lived-experience')).toMatchObject({ status: 'at-the-table', atTheTable: 1 });
    // The sergeant also counts for law enforcement.
    expect(statusOf(c, 'law-enforcement').status).toBe('at-the-table');

    const d = new StakeholderCoalition();
    d.person('Grace Kim', { sector: 'peer', stage: 'in-conversation' });
    expect(statusOf(d, 'lived-experience')).toMatchObject({ status: 'talking' });
    expect(missingSummary(coverageBySector(d.doc.stakeholders, d.doc.organizations))).not.toContain('lived experience');
  });

  it('counts a person without a sector for their organization’s sector', () => {
    const c = new StakeholderCoalition();
    const pd = c.org('Riverside Police Department', { sector: 'law-enforcement' });
    c.person('Officer Without Sector', { organizationId: pd, stage: 'in-conversation' });
    expect(statusOf(c, 'law-enforcement').status).toBe('talking');
  });
});

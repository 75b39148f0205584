import { describe, expect, it } from 'vitest';
import { DuplicateIndex, describeDuplicate } from '../../src/stakeholders/duplicates';
import { StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';

function workspace() {
  const c = new StakeholderCoalition();
  const so = c.org("Riverside County Sheriff's Office", { sector: 'law-enforcement' });
  const dana = c.person('Dana Whitfield', { organizationId: so, email: 'dana.whitfield@riversidesheriff.example' });
  const sam = c.person('Sam Lee');
  return { c, dana, sam, index: DuplicateIndex.forWorkspace(c.doc.stakeholders, c.doc.organizations) };
}

describe('duplicate detection', () => {
  it('finds the same email whatever its case or surrounding spaces', () => {
    const { index, dana } = workspace();
    expect(
      index.match({ name: 'D. Whitfield', email: '  DANA.Whitfield@RiversideSheriff.example ', organizationName: '' }),
    ).toMatchObject({
      kind: 'existing',
      stakeholderId: dana,
      reason: 'email',
    });
  });

  it('finds the same name at the same organization written differently', () => {
    const { index, dana } = workspace();
    const match = index.match({
      name: 'dana  whitfield',
      email: '',
      organizationName: 'The Riverside County Sheriffs Office',
    });
    expect(match).toMatchObject({ kind: 'existing', stakeholderId: dana, reason: 'name-organization' });
    expect(describeDuplicate(match!)).toBe('Same name and organization as Dana Whitfield, already in the list.');
  });

  it('treats the same name at another organization as another person', () => {
    const { index } = workspace();
    expect(index.match({ name: 'Dana Whitfield', email: '', organizationName: 'Riverside Hospital' })).toBeNull();
  });

  it('flags the same name when neither side has an organization', () => {
    const { index, sam } = workspace();
    expect(index.match({ name: 'Sam Lee', email: 'sam@nami.example', organizationName: '' })).toMatchObject({
      stakeholderId: sam,
    });
  });

  it('finds a repeat within the same file, pointing at the earlier row', () => {
    const { index } = workspace();
    const first = { name: 'Priya Raman', email: 'priya@hospital.example', organizationName: 'Riverside Hospital' };
    expect(index.match(first)).toBeNull();
    index.remember(first, { kind: 'earlier-row', row: 4, name: 'Priya Raman' });
    const again = index.match({ name: 'Priya R.', email: 'PRIYA@hospital.example', organizationName: '' });
    expect(again).toMatchObject({ kind: 'earlier-row', row: 4, reason: 'email' });
    expect(describeDuplicate(again!)).toBe('Same email as Priya Raman on row 4.');
  });

  it('never matches on blank email or blank name', () => {
    const { index } = workspace();
    expect(index.match({ name: '', email: '', organizationName: '' })).toBeNull();
  });
});

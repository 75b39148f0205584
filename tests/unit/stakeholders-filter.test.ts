import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  filterStakeholders,
  NO_FILTER,
  prepareSearch,
  type StakeholderFilter,
} from '../../src/stakeholders/filter';
import { organizationsById } from '../../src/stakeholders/sectorOf';
import { StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';

function coalition() {
  const c = new StakeholderCoalition();
  const pd = c.org('Riverside Police Department', { sector: 'law-enforcement' });
  const nami = c.org('NAMI Riverside', { sector: 'advocacy' });
  c.person('José Núñez', { organizationId: pd, stage: 'committed', roles: ['trainer'], tags: ['Training'] });
  c.person('Dana Whitfield', { organizationId: pd, stage: 'contacted', notes: 'Runs the night shift briefing' });
  c.person('Grace Kim', { sector: 'peer', stage: 'in-conversation', livedExperience: true, roles: ['convener'] });
  c.person('Sam Lee', { organizationId: nami, livedExperience: true, stage: 'declined' });
  c.person('Ruth Alvarez', { sector: 'government', stage: 'steering-committee', roles: ['chair'] });
  return { c, orgs: organizationsById(c.doc.organizations) };
}

const run = (f: Partial<StakeholderFilter>) => {
  const { c, orgs } = coalition();
  return filterStakeholders(c.doc.stakeholders, orgs, { ...NO_FILTER, ...f }).map((s) => s.name);
};

describe('the stakeholder list filter', () => {
  it('lists everyone by name when nothing is set', () => {
    expect(run({})).toEqual(['Dana Whitfield', 'Grace Kim', 'José Núñez', 'Ruth Alvarez', 'Sam Lee']);
  });

  it('searches name, organization, tags and notes, ignoring case and accents, every word required', () => {
    expect(run({ text: 'jose' })).toEqual(['José Núñez']);
    expect(run({ text: 'police' })).toEqual(['Dana Whitfield', 'José Núñez']);
    expect(run({ text: 'training' })).toEqual(['José Núñez']);
    expect(run({ text: 'NIGHT shift' })).toEqual(['Dana Whitfield']);
    expect(run({ text: 'police night' })).toEqual(['Dana Whitfield']);
    expect(run({ text: 'nobody matches this' })).toEqual([]);
  });

  it('filters by sector (an organization’s sector counts), stage, role and lived experience', () => {
    expect(run({ sectors: ['law-enforcement'] })).toEqual(['Dana Whitfield', 'José Núñez']);
    expect(run({ stages: ['declined', 'steering-committee'] })).toEqual(['Ruth Alvarez', 'Sam Lee']);
    expect(run({ roles: ['chair', 'trainer'] })).toEqual(['José Núñez', 'Ruth Alvarez']);
    expect(run({ livedExperience: 'yes' })).toEqual(['Grace Kim', 'Sam Lee']);
    expect(run({ livedExperience: 'no', sectors: ['law-enforcement'], text: 'dana' })).toEqual(['Dana Whitfield']);
    expect(activeFilterCount({ ...NO_FILTER, roles: ['chair'], livedExperience: 'no' })).toBe(2);
  });

  it('sorts by stage along the path, by organization with blanks last, and both ways', () => {
    expect(run({ sort: { key: 'stage', direction: 'asc' } })).toEqual([
      'Dana Whitfield',
      'Grace Kim',
      'José Núñez',
      'Ruth Alvarez',
      'Sam Lee',
    ]);
    expect(run({ sort: { key: 'stage', direction: 'desc' } })).toEqual([
      'Sam Lee',
      'Ruth Alvarez',
      'José Núñez',
      'Grace Kim',
      'Dana Whitfield',
    ]);
    expect(run({ sort: { key: 'organization', direction: 'asc' } })).toEqual([
      'Sam Lee',
      'Dana Whitfield',
      'José Núñez',
      'Grace Kim',
      'Ruth Alvarez',
    ]);
    expect(run({ sort: { key: 'organization', direction: 'desc' } }).slice(0, 3)).toEqual([
      'Dana Whitfield',
      'José Núñez',
      'Sam Lee',
    ]);
  });

  it('sees an edit at once: a changed person is searched by their new words', () => {
    const { c, orgs } = coalition();
    const filter = { ...NO_FILTER, text: 'harbor' };
    expect(filterStakeholders(c.doc.stakeholders, orgs, filter)).toHaveLength(0);
    const grace = c.doc.stakeholders.find((s) => s.name === 'Grace Kim')!;
    c.run('updateStakeholder', { id: grace.id, changes: { notes: 'Volunteers at Harbor House' } });
    expect(filterStakeholders(c.doc.stakeholders, orgs, filter).map((s) => s.name)).toEqual(['Grace Kim']);
  });

  it('gives the same rows when a keystroke narrows the last search as when it searches afresh', () => {
    const { c, orgs } = coalition();
    const people = c.doc.stakeholders;
    const steps: Partial<StakeholderFilter>[] = [
      { text: 'r' },
      { text: 'ri' },
      { text: 'riv' },
      { text: 'riv n' },
      { text: 'riv ni' },
      { text: 'ri' },
      { text: 'ri', livedExperience: 'yes' },
      { text: 'ri' },
      { text: 'ri', sort: { key: 'stage', direction: 'desc' } },
      { text: 'ric', sort: { key: 'stage', direction: 'desc' } },
      { text: '' },
      { text: 'e' },
      { text: 'e s' },
      { text: 'es' },
    ];
    // A copy of the list is a list never searched before: it is scanned from the start.
    const fresh = steps.map((step) => filterStakeholders([...people], orgs, { ...NO_FILTER, ...step }));
    steps.forEach((step, i) => {
      const typed = filterStakeholders(people, orgs, { ...NO_FILTER, ...step });
      expect(
        typed.map((s) => s.name),
        JSON.stringify(step),
      ).toEqual(fresh[i]!.map((s) => s.name));
    });
  });

  it('prepares the search while there is time, and a search made before it is done finishes the work', () => {
    const { c, orgs } = coalition();
    const people = c.doc.stakeholders;
    expect(prepareSearch(people, orgs, NO_FILTER.sort, () => false)).toBe(false);
    expect(filterStakeholders(people, orgs, { ...NO_FILTER, text: 'police' }).map((s) => s.name)).toEqual([
      'Dana Whitfield',
      'José Núñez',
    ]);
    expect(prepareSearch(people, orgs, NO_FILTER.sort, () => false)).toBe(true);
  });
});

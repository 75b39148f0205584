import { describe, expect, it } from 'vitest';
import { directoryGaps, languagesToCheck } from '../../src/directory/gaps';
import { servicesToVerify } from '../../src/directory';
import { CommandError } from '../../src/errors';
import { run, TODAY } from '../support/fixtures/policies-fixture';
import { withDirectory } from '../support/fixtures/directory-fixture';
import { refusal } from '../support/refusal';

describe('entries due for checking', () => {
  it('lists the never-checked and the overdue, and those falling due within seven days, with the day each falls due', () => {
    const { doc, ids } = withDirectory();
    // Today is 2025-03-10; six months after 2024-09-12 is 2025-03-12 (in two days); 2024-08-01 fell due 2025-02-01.
    const due = servicesToVerify(doc, TODAY);
    expect(due.map((d) => [d.service.name, d.dueOn, d.overdue])).toEqual([
      ['Night shelter', null, true],
      ['Emergency department', '2025-02-01', true],
      ['Outpatient counseling', '2025-03-12', false],
    ]);
    // Checked 2025-01-15: due 2025-07-15, not listed.
    expect(due.some((d) => d.service.id === ids[0])).toBe(false);
  });

  it('follows the coalition’s own number of months', () => {
    const { doc } = withDirectory();
    const shorter = run(doc, 'setVerifyAfterMonths', { months: 1 }).doc;
    expect(servicesToVerify(shorter, TODAY).map((d) => d.service.name)).toContain('Crisis stabilization unit');
    expect(refusal(() => run(doc, 'setVerifyAfterMonths', { months: 0 })).message).toMatch(/At least one month/);
  });

  it('drops an entry from the list once marked checked today, on the coalition’s calendar', () => {
    const { doc, ids } = withDirectory();
    // 03:00 UTC on 11 March is still 10 March in Chicago.
    const checked = run(doc, 'markServiceChecked', { id: ids[1]! }, new Date('2025-03-11T03:00:00Z'));
    expect(checked.result).toBe('2025-03-10');
    expect(servicesToVerify(checked.doc, TODAY).map((d) => d.service.id)).not.toContain(ids[1]);
  });
});

describe('the coalition’s order', () => {
  it('moves a service up and down, and refuses to move past either end', () => {
    const { doc, ids } = withDirectory();
    const moved = run(doc, 'moveService', { id: ids[2]!, direction: 'up' }).doc;
    expect(moved.services.map((s) => s.id)).toEqual([ids[0], ids[2], ids[1], ids[3]]);
    const first = refusal(() => run(doc, 'moveService', { id: ids[0]!, direction: 'up' }));
    expect(first.error).toBeInstanceOf(CommandError);
    expect(first.message).toMatch(/already first/);
    expect(refusal(() => run(doc, 'moveService', { id: ids[3]!, direction: 'down' })).message).toMatch(/already last/);
  });

  it('keeps hours in week order and none when open all day', () => {
    const { doc, ids } = withDirectory();
    const edited = run(doc, 'updateService', {
      id: ids[2]!,
      changes: {
        hours: [
          { day: 'we', opens: '09:00', closes: '12:00' },
          { day: 'mo', opens: '13:00', closes: '16:00' },
          { day: 'mo', opens: '08:00', closes: '11:00' },
        ],
      },
    }).doc;
    expect(edited.services[2]!.hours.map((h) => `${h.day} ${h.opens}`)).toEqual(['mo 08:00', 'mo 13:00', 'we 09:00']);
    const allDay = run(edited, 'updateService', { id: ids[2]!, changes: { openAllDay: true } }).doc;
    expect(allDay.services[2]!.hours).toEqual([]);
  });

  it('refuses a service of an organization that is not in the workspace, and a bad time', () => {
    const { doc } = withDirectory();
    expect(refusal(() => run(doc, 'addService', { organizationId: 'org-gone00', name: 'X' })).message).toMatch(
      /organization/i,
    );
    expect(
      refusal(() =>
        run(doc, 'addService', {
          organizationId: 'org-crisis',
          name: 'X',
          hours: [{ day: 'mo', opens: '25:00', closes: '10:00' }],
        }),
      ).message,
    ).toMatch(/HH:MM/);
  });
});

describe('gaps', () => {
  it('names the essential kinds nobody offers', () => {
    const { doc } = withDirectory();
    const { gaps, kinds } = directoryGaps(doc.services);
    const keys = gaps.map((g) => g.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'kind:crisis-line',
        'kind:mobile-crisis',
        'kind:detox',
        'kind:peer-support',
        'kind:substance-use',
      ]),
    );
    expect(keys).not.toContain('kind:shelter');
    expect(keys).not.toContain('kind:outpatient');
    expect(kinds.find((k) => k.kind === 'crisis-stabilization')).toMatchObject({ services: 1, openAtNight: 1 });
    // The shelter opens only Friday and Saturday nights.
    expect(kinds.find((k) => k.kind === 'shelter')).toMatchObject({ services: 1, openAtNight: 0 });
  });

  it('sees no receiving facility open at night, and none at all', () => {
    const { doc, ids } = withDirectory();
    expect(directoryGaps(doc.services).gaps.map((g) => g.key)).not.toContain('receiving:night');
    const dayOnly = [ids[0]!, ids[1]!].reduce(
      (d, id) =>
        run(d, 'updateService', {
          id,
          changes: { openAllDay: false, hours: [{ day: 'mo', opens: '08:00', closes: '17:00' }] },
        }).doc,
      doc,
    );
    expect(directoryGaps(dayOnly.services).gaps.map((g) => g.key)).toContain('receiving:night');
    const none = [ids[0]!, ids[1]!].reduce((d, id) => run(d, 'deleteService', { id }).doc, doc);
    const gaps = directoryGaps(none.services).gaps;
    expect(gaps.map((g) => g.key)).toContain('receiving:none');
    expect(gaps.find((g) => g.key === 'receiving:none')!.message).toMatch(
      /nowhere listed where an officer can bring a person/,
    );
  });

  it('checks Spanish always, and every language an entry names, against the crisis services', () => {
    const { doc, ids } = withDirectory();
    expect(directoryGaps(doc.services).gaps.map((g) => g.key)).not.toContain('language:Spanish');
    const withVietnamese = run(doc, 'updateService', {
      id: ids[2]!,
      changes: { languages: ['Vietnamese', 'english'] },
    }).doc;
    expect(languagesToCheck(withVietnamese.services)).toEqual(['Spanish', 'Vietnamese']);
    expect(directoryGaps(withVietnamese.services).gaps).toContainEqual({
      key: 'language:Vietnamese',
      message: 'No crisis service in Vietnamese.',
    });
    const noSpanish = run(doc, 'updateService', { id: ids[0]!, changes: { languages: [] } }).doc;
    expect(directoryGaps(noSpanish.services).gaps.map((g) => g.key)).toContain('language:Spanish');
  });
});

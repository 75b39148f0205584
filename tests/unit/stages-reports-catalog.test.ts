import { describe, expect, it } from 'vitest';
import { CONTRACT, METHOD_NAMES } from '../../src/api/contract';
import { buildInput, DEFAULT_VALUES, describeSaved, REPORT_CATALOG, type OptionValues } from '../../renderer/reports/catalog';
import { TestCoalition } from '../support/fixtures/stages-fixture';

/**
 * The Reports screen is built from one registry. Every export method of the contract must have
 * exactly one entry (a feature that adds an export adds one line there), and the options each
 * entry asks for must make input its method accepts.
 */
const exportMethods = METHOD_NAMES.filter((name) => name.startsWith('export'));

/** A coalition with one of everything a report can be about. */
function stocked() {
  const c = new TestCoalition();
  const person = c.person('Sgt. Ray Ortiz', { sector: 'law-enforcement' });
  const meeting = c.meeting('Steering committee', { kind: 'steering-committee', date: '2025-11-05' });
  c.run('startMinutes', { meetingId: meeting });
  c.run('startSeries', { meetingId: meeting, name: 'Monthly steering committee', rule: { kind: 'monthly-weekday', weekday: 'WE', week: 1 } });
  c.run('addWorkgroup', { name: 'Training', focus: 'training' });
  c.run('addPolicy', { title: 'Crisis call procedure', kind: 'sop' });
  c.run('addRecognitionEvent', { title: 'Partner Awards Night', date: '2026-05-14' });
  const course = c.run('addCourse', { name: 'CIT 40-hour course', kind: 'cit-40', hours: 40 });
  c.run('addTrainingClass', { courseId: course, startsOn: '2025-11-03', endsOn: '2025-11-07' });
  return { doc: c.doc, person };
}

describe('the reports catalog', () => {
  it('has exactly one entry for every export method of the contract, and none for anything else', () => {
    const listed = REPORT_CATALOG.map((e) => e.method);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...exportMethods].sort());
  });

  it('builds input each method accepts from the choices on its card', () => {
    const { doc, person } = stocked();
    for (const entry of REPORT_CATALOG) {
      const values: OptionValues = { ...DEFAULT_VALUES, shareSafe: false, from: '2025-10-01', to: '2025-10-20', flags: {}, records: {}, people: [person] };
      for (const option of entry.options) {
        if (option.kind === 'record') {
          const first = option.choices(doc)[0];
          expect(first, `${entry.method}: a ${option.label} to choose`).toBeDefined();
          values.records[option.key] = first!.value;
        }
        if (option.kind === 'flag') values.flags[option.key] = true;
      }
      const built = buildInput(entry, values);
      expect('input' in built, `${entry.method}: ${'missing' in built ? built.missing : ''}`).toBe(true);
      const parsed = CONTRACT[entry.method].input.safeParse((built as { input: unknown }).input);
      expect(parsed.success, `${entry.method}: ${parsed.error?.message ?? ''}`).toBe(true);
      if (entry.options.some((o) => o.kind === 'privacy')) expect((parsed.data as { shareSafe: boolean }).shareSafe).toBe(false);
    }
  });

  it('asks for the record or the people a report needs before anything is sent', () => {
    const agenda = REPORT_CATALOG.find((e) => e.method === 'exportAgendaDocx')!;
    expect(buildInput(agenda, DEFAULT_VALUES)).toEqual({ missing: 'Choose a meeting first.' });
    const cards = REPORT_CATALOG.find((e) => e.method === 'exportVcards')!;
    expect(buildInput(cards, DEFAULT_VALUES)).toEqual({ missing: 'Choose at least one person first.' });
    const csv = REPORT_CATALOG.find((e) => e.method === 'exportStakeholdersCsv')!;
    expect(buildInput(csv, DEFAULT_VALUES)).toEqual({ input: { shareSafe: true } });
    const status = REPORT_CATALOG.find((e) => e.method === 'exportStatusReportDocx')!;
    expect(buildInput(status, DEFAULT_VALUES)).toEqual({ input: { shareSafe: true } });
  });

  it('offers only records that fit: minutes only for meetings that have them', () => {
    const { doc } = stocked();
    const minutes = REPORT_CATALOG.find((e) => e.method === 'exportMinutesDocx')!.options[0]!;
    const agenda = REPORT_CATALOG.find((e) => e.method === 'exportAgendaDocx')!.options[0]!;
    if (minutes.kind !== 'record' || agenda.kind !== 'record') throw new Error('record options expected');
    expect(minutes.choices(doc)).toHaveLength(1);
    expect(minutes.choices({ ...doc, meetings: doc.meetings.map((m) => ({ ...m, minutes: null })) })).toEqual([]);
    expect(agenda.choices(doc)[0]!.label).toBe('Steering committee (Wednesday, November 5, 2025)');
  });
});

describe('what the screen says after a save', () => {
  it('names the file, says who was left out, and says nothing when the person cancelled', () => {
    const file = { fileName: 'Roster.docx', filePath: '/x/Roster.docx', sizeBytes: 10 };
    expect(describeSaved(file)).toBe('Roster.docx');
    expect(describeSaved({ saved: file, included: 4, leftOut: 2 })).toBe('Roster.docx (2 people left out at their request)');
    expect(describeSaved({ saved: file, summary: {} })).toBe('Roster.docx');
    expect(describeSaved(null)).toBeNull();
    expect(describeSaved({ saved: null, included: 0, leftOut: 0 })).toBeNull();
  });
});

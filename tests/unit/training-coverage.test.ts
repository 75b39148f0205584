import { describe, expect, it } from 'vitest';
import { agencyCoverage } from '../../src/training/coverage';
import { addYears, daysBetween } from '../../src/training/days';
import { refreshers, refreshersNeeded } from '../../src/training/inService';
import { trainingEvidence } from '../../src/training';
import { run, TODAY, withClass, withCourses } from '../support/fixtures/training-fixture';

const officer = (name: string, done = true) => ({
  name,
  organizationId: 'org-sheriff',
  role: 'officer' as const,
  done,
});

describe('training coverage', () => {
  it('counts each officer once against the agency’s sworn officers and its target', () => {
    const { doc: start, cit40, dispatch } = withCourses();
    let doc = withClass(start, cit40, '2024-05-06', '2024-05-10', [
      officer('Sam Reyes'),
      officer('Lee Park'),
      officer('Not Finished', false),
      { name: 'Kim Dale', organizationId: 'org-dispatch', role: 'dispatcher', done: true },
    ]).doc;
    // Sam takes the course again (typed with other spacing and case): still one person.
    doc = withClass(doc, cit40, '2024-11-04', '2024-11-08', [officer('sam  REYES')]).doc;
    doc = withClass(doc, dispatch, '2025-01-15', '2025-01-15', [
      { name: 'Pat Moore', organizationId: 'org-dispatch', role: 'dispatcher', done: true },
    ]).doc;
    doc = run(doc, 'setAgencyStaffing', { organizationId: 'org-sheriff', swornOfficers: 10 }).doc;
    doc = run(doc, 'setAgencyStaffing', { organizationId: 'org-dispatch', dispatchers: 8, targetPercent: 50 }).doc;

    const lines = agencyCoverage(doc, TODAY);
    const sheriff = lines.find((l) => l.organizationId === 'org-sheriff')!;
    expect(sheriff).toMatchObject({
      swornOfficers: 10,
      trainedOfficers: 2,
      officerPercent: 20,
      targetPercent: 25,
      meetsTarget: false,
      officersToTarget: 1,
    });
    const dispatchLine = lines.find((l) => l.organizationId === 'org-dispatch')!;
    expect(dispatchLine).toMatchObject({ trainedDispatchers: 2, dispatcherPercent: 25, meetsTarget: null });
    // Agencies with nothing to show are left out.
    expect(lines.map((l) => l.organizationId)).toEqual(['org-sheriff', 'org-dispatch']);

    const more = withClass(doc, cit40, '2025-02-03', '2025-02-07', [officer('Ana Ruiz')]).doc;
    expect(agencyCoverage(more, TODAY)[0]).toMatchObject({
      trainedOfficers: 3,
      meetsTarget: true,
      officersToTarget: 0,
    });
  });

  it('ignores cancelled classes and completions after today', () => {
    const { doc: start, cit40 } = withCourses();
    const cancelled = withClass(start, cit40, '2024-05-06', '2024-05-10', [officer('Sam Reyes')]);
    const doc = run(cancelled.doc, 'updateTrainingClass', { id: cancelled.classId, changes: { cancelled: true } }).doc;
    expect(agencyCoverage(doc, TODAY)).toEqual([]);
    expect(agencyCoverage(cancelled.doc, '2024-05-01')).toEqual([]);
  });
});

describe('refresher training', () => {
  it('adds the course’s interval to the latest completion, and sorts the most urgent first', () => {
    const { doc: start, cit40, dispatch } = withCourses();
    let doc = withClass(start, cit40, '2023-01-09', '2023-01-13', [officer('Overdue Olsen')]).doc;
    doc = withClass(doc, cit40, '2023-04-17', '2023-04-21', [officer('Soon Sato')]).doc;
    doc = withClass(doc, cit40, '2024-09-09', '2024-09-13', [officer('Current Cruz')]).doc;
    // Olsen's refresher restarts the clock: a later completion of any course counts.
    doc = withClass(doc, dispatch, '2023-02-01', '2023-02-01', [
      { name: 'Dee Dispatch', organizationId: 'org-dispatch', role: 'dispatcher', done: true },
    ]).doc;

    const lines = refreshers(doc, TODAY);
    expect(lines.map((l) => [l.name, l.state, l.dueOn])).toEqual([
      ['Overdue Olsen', 'overdue', '2025-01-13'],
      ['Soon Sato', 'due-soon', '2025-04-21'],
      ['Dee Dispatch', 'current', '2026-02-01'],
      ['Current Cruz', 'current', '2026-09-13'],
    ]);
    expect(refreshersNeeded(doc, TODAY).map((l) => l.name)).toEqual(['Overdue Olsen', 'Soon Sato']);

    const refreshed = withClass(doc, cit40, '2025-03-03', '2025-03-03', [officer('Overdue Olsen')]).doc;
    expect(refreshersNeeded(refreshed, TODAY).map((l) => l.name)).toEqual(['Soon Sato']);
  });

  it('keeps 29 February in February, and counts whole days', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(daysBetween('2025-03-10', '2025-06-08')).toBe(90);
    expect(daysBetween('2025-03-31', '2025-03-30')).toBe(-1);
  });
});

describe('training evidence for the checklist', () => {
  it('counts held classes and completions by kind', () => {
    const { doc: start, cit40, dispatch } = withCourses();
    let doc = withClass(start, cit40, '2024-05-06', '2024-05-10', [
      officer('Sam Reyes'),
      officer('Lee Park', false),
    ]).doc;
    doc = withClass(doc, cit40, '2025-04-07', '2025-04-11', [officer('Later Lane', false)]).doc; // not held yet
    doc = withClass(doc, dispatch, '2025-01-15', '2025-01-15', [], { cancelled: true }).doc;
    doc = run(doc, 'setAgencyStaffing', { organizationId: 'org-sheriff', swornOfficers: 4 }).doc;
    const evidence = trainingEvidence(doc, TODAY);
    expect(evidence.byKind['cit-40']).toEqual({ classesHeld: 1, completed: 1, lastHeldOn: '2024-05-10' });
    expect(evidence.byKind.dispatch).toEqual({ classesHeld: 0, completed: 0, lastHeldOn: null });
    expect(evidence).toMatchObject({ agenciesWithStaffing: 1, agenciesMeetingTarget: 1, refreshersOverdue: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { byDay, thisWeek, weekDayLabel } from '../../src/stages/week';
import { coalitionOverview } from '../../src/stages/overview';
import { run, TODAY, withClass, withCourses } from '../support/fixtures/training-fixture';
import type { WorkspaceDocument } from '../../src/workspace/document';

// The fixture's today is Monday 10 March 2025; the week runs to Sunday 16 March.
function meeting(doc: WorkspaceDocument, title: string, date: string, status: 'planned' | 'held' = 'planned') {
  return run(doc, 'addMeeting', { title, date, startTime: '14:00', location: 'Sheriff’s office', status });
}

describe('this week on the dashboard', () => {
  it('lists action items, meetings and classes falling in the next seven days, by day', () => {
    const courses = withCourses();
    let doc = courses.doc;
    const { cit40 } = courses;
    doc = run(doc, 'addActionItem', { title: 'Book the training room', dueDate: '2025-03-12', ownerName: 'County clerk' }).doc;
    doc = run(doc, 'addActionItem', { title: 'Already late', dueDate: '2025-03-01' }).doc;
    doc = run(doc, 'addActionItem', { title: 'Next month', dueDate: '2025-04-10' }).doc;
    doc = run(doc, 'addActionItem', { title: 'Done this week', dueDate: '2025-03-11', status: 'done' }).doc;
    doc = run(doc, 'addActionItem', { title: 'Due on the last day', dueDate: '2025-03-16' }).doc;
    doc = run(doc, 'addActionItem', { title: 'A day too late', dueDate: '2025-03-17' }).doc;
    const planned = meeting(doc, 'Steering committee', '2025-03-14');
    doc = planned.doc;
    doc = meeting(doc, 'Too far off', '2025-03-21').doc;
    const klass = withClass(doc, cit40, '2025-03-11', '2025-03-15', [{ name: 'Sam Reyes', organizationId: 'org-sheriff' }]);
    doc = klass.doc;

    const week = thisWeek(doc, TODAY);
    expect(week.map((i) => [i.kind, i.title, i.on])).toEqual([
      ['class', 'CIT 40-hour course', '2025-03-11'],
      ['action', 'Book the training room', '2025-03-12'],
      ['meeting', 'Steering committee', '2025-03-14'],
      ['action', 'Due on the last day', '2025-03-16'],
    ]);
    expect(week[1]!.detail).toBe('Action item, due in 2 days · County clerk');
    expect(week[0]).toMatchObject({ path: `/training/classes/${klass.classId}`, detail: expect.stringMatching(/^Class starts, 1 of \d+ places taken · Sheriff’s training room$/) });
    expect(week[2]!.path).toBe(`/meetings/${planned.result}`);
    expect(coalitionOverview(doc, { today: TODAY, audience: 'coalition' }).thisWeek).toEqual(week);
  });

  it('puts refreshers due this week on one line per agency, and minutes awaiting approval last', () => {
    const { doc: start, cit40 } = withCourses();
    // Two years before: the 40-hour course's refresher falls due on 13 March 2025.
    let doc = withClass(start, cit40, '2023-03-09', '2023-03-13', [
      { name: 'Sam Reyes', organizationId: 'org-sheriff', done: true },
      { name: 'Lee Park', organizationId: 'org-sheriff', done: true },
      { name: 'Ana Cruz', organizationId: 'org-dispatch', done: false },
    ]).doc;
    const held = meeting(doc, 'February meeting', '2025-02-20', 'held');
    doc = run(held.doc, 'startMinutes', { meetingId: held.result }).doc;
    doc = run(doc, 'addMinutesItem', { meetingId: held.result, title: 'Welcome' }).doc;
    const empty = meeting(doc, 'Held with no minutes written', '2025-02-27', 'held');
    doc = run(empty.doc, 'startMinutes', { meetingId: empty.result }).doc;

    const week = thisWeek(doc, TODAY);
    expect(week.map((i) => [i.kind, i.title, i.detail, i.on])).toEqual([
      ['refresher', 'Refresher training due for 2 people', 'Riverside County Sheriff’s Office', '2025-03-13'],
      ['minutes', 'Approve the minutes of February meeting', 'Held 20 Feb 2025; the minutes are a draft', null],
    ]);
    doc = run(doc, 'approveMinutes', { meetingId: held.result, approvedOn: TODAY }).doc;
    expect(thisWeek(doc, TODAY).map((i) => i.kind)).toEqual(['refresher']);
  });

  it('names the days as a person says them and keeps runs of one day together', () => {
    expect(weekDayLabel('2025-03-10', TODAY)).toBe('Today');
    expect(weekDayLabel('2025-03-11', TODAY)).toBe('Tomorrow');
    expect(weekDayLabel('2025-03-14', TODAY)).toBe('14 Mar 2025');
    const runs = byDay([{ on: 'a' }, { on: 'a' }, { on: 'b' }, { on: null }]);
    expect(runs.map((r) => [r.on, r.items.length])).toEqual([['a', 2], ['b', 1], [null, 1]]);
  });

  it('lists steering-committee terms ending this week and the directory entries to check, on one line', () => {
    let doc = withCourses().doc;
    const seat = run(doc, 'addSeat', { name: 'Sheriff’s office', organizationId: 'org-sheriff' });
    doc = run(seat.doc, 'seatMember', { seatId: seat.result, stakeholderId: 'st-ortiz', startsOn: '2023-03-15', endsOn: '2025-03-14' }).doc;
    const later = run(doc, 'addSeat', { name: 'Crisis center' });
    doc = run(later.doc, 'seatMember', { seatId: later.result, stakeholderId: 'st-lee', startsOn: '2024-01-01', endsOn: '2025-12-31' }).doc;
    doc = run(doc, 'addService', { organizationId: 'org-crisis', name: 'Crisis line' }).doc;
    doc = run(doc, 'addService', { organizationId: 'org-hospital', name: 'Emergency department' }).doc;

    const week = thisWeek(doc, TODAY);
    const term = week.find((i) => i.kind === 'term');
    expect(term).toMatchObject({ title: 'Term ends: Sheriff’s office', on: '2025-03-14', path: '/committee' });
    expect(term!.detail).toContain('Sgt. Ray Ortiz');
    expect(week.filter((i) => i.kind === 'term')).toHaveLength(1);
    // Entries never checked are due from the start: one line for both, today.
    expect(week.find((i) => i.kind === 'verify')).toMatchObject({ title: 'Check 2 directory entries', on: TODAY, path: '/directory' });
  });
});

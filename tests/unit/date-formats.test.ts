import { describe, expect, it } from 'vitest';
import { proseDay, tableDay } from '../../src/model/dateFormats';
import { longDay, shortDay } from '../../src/model/wallClock';
import { longDate, plainDate } from '../../src/recognition/eventDate';
import { dueWords } from '../../src/actions/due';
import { approvalWords } from '../../src/meetings/approvalWords';

/**
 * Dates read the same everywhere, on the screen and in Word files: one style in sentences, one
 * in tables and lists. Stored days (YYYY-MM-DD) and file names keep their machine form.
 */
describe('the two date styles', () => {
  it('writes a day in full in prose and short in tables', () => {
    expect(proseDay('2026-12-10')).toBe('Thursday, December 10, 2026');
    expect(tableDay('2026-12-04')).toBe('4 Dec 2026');
  });

  it('is what every older helper writes, so no screen or export has a style of its own', () => {
    for (const prose of [longDay, longDate, plainDate]) expect(prose('2026-12-10')).toBe(proseDay('2026-12-10'));
    for (const table of [shortDay, tableDay]) expect(table('2026-12-04')).toBe(tableDay('2026-12-04'));
    expect(dueWords({ status: 'done', dueDate: null, completedOn: '2026-12-04' }, '2026-12-05')).toBe(
      'done 4 Dec 2026',
    );
  });
});

describe('the approval line of minutes', () => {
  const meetings = [{ id: 'm2', date: '2026-11-12' }];

  it('names the day once when the minutes were approved on the day of the meeting that approved them', () => {
    expect(approvalWords({ approvedOn: '2026-11-12', approvedAtMeetingId: 'm2' }, meetings)).toBe(
      'Approved at the meeting of Thursday, November 12, 2026',
    );
  });

  it('names both days when they differ, and either alone when only one is known', () => {
    expect(approvalWords({ approvedOn: '2026-11-13', approvedAtMeetingId: 'm2' }, meetings)).toBe(
      'Approved Friday, November 13, 2026, at the meeting of Thursday, November 12, 2026',
    );
    expect(approvalWords({ approvedOn: '2026-11-13', approvedAtMeetingId: null }, meetings)).toBe(
      'Approved Friday, November 13, 2026',
    );
    expect(approvalWords({ approvedOn: null, approvedAtMeetingId: 'm2' }, meetings)).toBe(
      'Approved at the meeting of Thursday, November 12, 2026',
    );
    expect(approvalWords({ approvedOn: null, approvedAtMeetingId: null }, meetings)).toBe('Approved');
  });
});

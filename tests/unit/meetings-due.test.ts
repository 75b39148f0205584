import { describe, expect, it } from 'vitest';
import { dueState, dueWords, groupBy, groupByDue, ownerKey, relativeDue, todayIn } from '../../src/actions/due';

describe('when action items are due', () => {
  it('takes today in the coalition’s zone, not UTC', () => {
    // 8:30 PM on 10 March in Chicago is already 11 March in UTC.
    expect(todayIn('America/Chicago', new Date('2026-03-11T01:30:00Z'))).toBe('2026-03-10');
    expect(todayIn('Pacific/Auckland', new Date('2026-03-11T01:30:00Z'))).toBe('2026-03-11');
  });

  it('says how far off a due date is, in plain words', () => {
    const today = '2026-03-10';
    expect(relativeDue('2026-03-10', today)).toBe('due today');
    expect(relativeDue('2026-03-11', today)).toBe('due tomorrow');
    expect(relativeDue('2026-03-13', today)).toBe('due in 3 days');
    expect(relativeDue('2026-03-24', today)).toBe('due in 2 weeks');
    expect(relativeDue('2026-03-09', today)).toBe('1 day overdue');
    expect(relativeDue('2026-02-24', today)).toBe('2 weeks overdue');
    expect(relativeDue('2025-12-01', today)).toBe('3 months overdue');
  });

  it('counts whole days across a clock change', () => {
    // The night of 8 March is 23 hours long in Chicago; it is still one day.
    expect(relativeDue('2026-03-08', '2026-03-07')).toBe('due tomorrow');
    expect(relativeDue('2026-11-04', '2026-11-01')).toBe('due in 3 days');
  });

  it('sorts items into the chair’s groups', () => {
    const today = '2026-03-10';
    const items = [
      { id: 'a', status: 'open' as const, dueDate: '2026-03-01' },
      { id: 'b', status: 'in-progress' as const, dueDate: '2026-03-16' },
      { id: 'c', status: 'open' as const, dueDate: '2026-03-17' },
      { id: 'd', status: 'open' as const, dueDate: null },
      { id: 'e', status: 'done' as const, dueDate: '2026-03-01' },
      { id: 'f', status: 'open' as const, dueDate: '2026-03-10' },
    ];
    const g = groupByDue(items, today);
    expect(g.overdue.map((i) => i.id)).toEqual(['a']);
    expect(g.dueThisWeek.map((i) => i.id)).toEqual(['f', 'b']);
    expect(g.later.map((i) => i.id)).toEqual(['c']);
    expect(g.noDate.map((i) => i.id)).toEqual(['d']);
    expect(g.closed.map((i) => i.id)).toEqual(['e']);
    expect(dueState(items[4]!, today)).toBe('closed');
  });

  it('words finished and dropped items without a due count', () => {
    expect(dueWords({ status: 'done', dueDate: '2026-01-01', completedOn: '2026-03-02' }, '2026-03-10')).toBe(
      'done 2 Mar 2026',
    );
    expect(dueWords({ status: 'dropped', dueDate: '2026-01-01', completedOn: null }, '2026-03-10')).toBe('dropped');
  });

  it('groups by owner with no-owner last', () => {
    const items = [
      { ownerId: 'p2', ownerName: '', dueDate: '2026-03-05' },
      { ownerId: null, ownerName: '', dueDate: null },
      { ownerId: null, ownerName: 'County clerk', dueDate: '2026-03-01' },
      { ownerId: 'p1', ownerName: '', dueDate: '2026-03-03' },
    ];
    const names: Record<string, string> = { p1: 'Ann', p2: 'Bo' };
    const groups = groupBy(items, ownerKey, (k) => names[k] ?? k.replace(/^name:/, ''), 'No owner');
    expect(groups.map((g) => g.label)).toEqual(['Ann', 'Bo', 'County clerk', 'No owner']);
  });
});

import { describe, expect, it } from 'vitest';
import { MEASURE_IDS } from '../../src/programData/measures';
import type { QuarterEntry } from '../../src/programData/model';
import {
  nextQuarter,
  parseQuarter,
  QuarterString,
  quarterInWords,
  quarterOfDay,
  quartersBetween,
} from '../../src/programData/quarters';
import { citHandledShare, diversionShare } from '../../src/programData/shares';
import {
  countText,
  isSmallNumber,
  mayShowShare,
  shareText,
  shownShare,
  shownValue,
  SUPPRESSED_TEXT,
  WITHHELD_SHARE_TEXT,
} from '../../src/programData/suppression';
import { quartersEntered, seriesOf, totalsByQuarter } from '../../src/programData/totals';

const { mentalHealthCalls: CALLS, arrestOrJail: ARRESTS, citHandled: CIT } = MEASURE_IDS;

function entry(organizationId: string, quarter: string, values: Record<string, number>): QuarterEntry {
  const at = '2026-01-01T00:00:00.000Z';
  return {
    id: `pq-${organizationId}-${quarter}`,
    organizationId,
    quarter,
    values,
    note: '',
    createdAt: at,
    updatedAt: at,
  };
}

describe('quarters', () => {
  it('accepts calendar quarters written year-Q1..Q4, in any case, and refuses the rest', () => {
    expect(QuarterString.parse(' 2026-q3 ')).toBe('2026-Q3');
    for (const bad of ['2026-Q0', '2026-Q5', '2026 Q3', 'Q3-2026', '26-Q1', '2026-3', '', '1800-Q1', '2026-Q3x'])
      expect(QuarterString.safeParse(bad).success, bad).toBe(false);
    expect(QuarterString.safeParse('2026-Q5').error?.issues[0]?.message).toMatch(/for example 2026-Q3/);
    expect(parseQuarter('2026-Q4')).toEqual({ year: 2026, number: 4 });
  });

  it('names quarters in words, finds the quarter of a day, and walks over a year end', () => {
    expect(quarterInWords('2026-Q3')).toBe('July–September 2026');
    expect(quarterOfDay('2026-03-31')).toBe('2026-Q1');
    expect(quarterOfDay('2026-04-01')).toBe('2026-Q2');
    expect(quarterOfDay('2026-12-31')).toBe('2026-Q4');
    expect(nextQuarter('2026-Q4')).toBe('2027-Q1');
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersBetween('2026-Q2', '2025-Q3')).toEqual([]);
  });
});

describe('small-number suppression', () => {
  it('hides every count from 1 to 4 outside the committee, and shows 0 and 5 or more', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 100].map((n) => shownValue(n, 'shared'))).toEqual([
      0,
      'suppressed',
      'suppressed',
      'suppressed',
      'suppressed',
      5,
      6,
      100,
    ]);
    expect([1, 4].map((n) => countText(n, 'shared'))).toEqual([SUPPRESSED_TEXT, SUPPRESSED_TEXT]);
    expect(countText(0, 'shared')).toBe('0');
    expect(countText(5, 'shared')).toBe('5');
    expect(countText(1204, 'shared')).toBe('1,204');
  });

  it('shows every number to the committee itself', () => {
    expect([1, 2, 3, 4].map((n) => countText(n, 'coalition'))).toEqual(['1', '2', '3', '4']);
  });

  it('treats a fraction between 4 and 5 as small, and keeps "not reported" apart from zero', () => {
    expect(isSmallNumber(4.5)).toBe(true);
    expect(isSmallNumber(0)).toBe(false);
    expect(isSmallNumber(5)).toBe(false);
    expect(countText(null, 'shared')).toBe('not reported');
  });

  it('never suppresses officer hours, which count time, not people', () => {
    expect(shownValue(3, 'shared', 'hours')).toBe(3);
    expect(countText(2.5, 'shared', 'hours')).toBe('2.5');
  });

  it('withholds a share whose calls, part or remainder is from 1 to 4, so it cannot give a hidden count away', () => {
    // 50 calls, 48 diverted: the share (96%) would tell a reader that 2 were arrested.
    expect(mayShowShare({ calls: 50, part: 48 }, 'shared')).toBe(false);
    // 3 calls in all: the share is made of hidden counts.
    expect(mayShowShare({ calls: 3, part: 3 }, 'shared')).toBe(false);
    // 50 calls, 2 handled by a CIT officer: the part is hidden.
    expect(mayShowShare({ calls: 50, part: 2 }, 'shared')).toBe(false);
    // 50 calls with none or 10 arrests: both shown, so the share may be.
    expect(mayShowShare({ calls: 50, part: 50 }, 'shared')).toBe(true);
    expect(mayShowShare({ calls: 50, part: 40 }, 'shared')).toBe(true);
    expect(mayShowShare({ calls: 50, part: 48 }, 'coalition')).toBe(true);
    const share = { calls: 50, part: 48, agencies: 1, share: 0.96 };
    expect(shareText(share, 'shared')).toBe(WITHHELD_SHARE_TEXT);
    expect(shownShare(share, 'shared')).toBeNull();
    expect(shareText(share, 'coalition')).toBe('96%');
  });

  it('checks every split of a small count, exhaustively, for a share that would reveal it', () => {
    for (let calls = 0; calls <= 30; calls += 1) {
      for (let part = 0; part <= calls; part += 1) {
        const hidden = [calls, part, calls - part].some((n) => n >= 1 && n <= 4);
        expect(mayShowShare({ calls, part }, 'shared'), `${part}/${calls}`).toBe(!hidden);
      }
    }
  });
});

describe('shares and totals', () => {
  const entries = [
    entry('org-a', '2026-Q1', { [CALLS]: 40, [ARRESTS]: 4, [CIT]: 30 }),
    entry('org-b', '2026-Q1', { [CALLS]: 60, [ARRESTS]: 6 }),
    // Reported calls but not arrests: left out of the diversion share, never counted as 0 arrests.
    entry('org-c', '2026-Q1', { [CALLS]: 100 }),
    entry('org-a', '2026-Q2', { [CALLS]: 0, [ARRESTS]: 0 }),
  ];

  it('takes the diversion share over agencies that reported both calls and arrests', () => {
    const q1 = entries.filter((e) => e.quarter === '2026-Q1');
    expect(diversionShare(q1)).toEqual({ part: 90, calls: 100, agencies: 2, share: 0.9 });
    expect(citHandledShare(q1)).toEqual({ part: 30, calls: 40, agencies: 1, share: 0.75 });
  });

  it('has no share for a quarter with no calls rather than dividing by zero', () => {
    expect(diversionShare(entries.filter((e) => e.quarter === '2026-Q2')).share).toBeNull();
    expect(diversionShare([]).share).toBeNull();
  });

  it('never counts more diverted calls than calls, nor fewer than none', () => {
    expect(diversionShare([entry('org-a', '2026-Q1', { [CALLS]: 5, [ARRESTS]: 9 })]).part).toBe(0);
  });

  it('adds agencies up per quarter, says how many reported, and leaves gaps in a series', () => {
    const totals = totalsByQuarter(entries);
    expect(totals.get('2026-Q1')?.get(CALLS)).toEqual({ sum: 200, agencies: 3 });
    expect(totals.get('2026-Q1')?.get(ARRESTS)).toEqual({ sum: 10, agencies: 2 });
    expect(seriesOf(totals, CALLS, ['2025-Q4', '2026-Q1', '2026-Q2'])).toEqual([
      { quarter: '2025-Q4', value: null },
      { quarter: '2026-Q1', value: 200 },
      { quarter: '2026-Q2', value: 0 },
    ]);
    expect(quartersEntered([...entries, entry('org-d', '2025-Q4', {})])).toEqual(['2026-Q1', '2026-Q2']);
  });
});

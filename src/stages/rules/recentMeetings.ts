import { addDaysTo } from '../../actions';
import { byStart, MeetingKind } from '../../meetings';
import { tableDay } from '../../model/dateFormats';
import { listPhrase } from '../evidence';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'recent-meetings' }>;

/**
 * A habit rather than a milestone: a meeting of a kind held lately. A committee that met a year
 * ago and not since has lapsed, so the item falls back to under way (a meeting is planned) or not
 * started, and says when the last one was.
 */
export function recentMeetingsRule(spec: Spec, { doc, today }: RuleContext): RuleResult {
  const what = listPhrase(spec.meetingKinds.map((k) => MeetingKind.labelOf(k).toLowerCase()), 'or');
  const since = addDaysTo(today, -spec.withinDays);
  const ofKind = doc.meetings.filter((m) => spec.meetingKinds.includes(m.kind) && m.status !== 'cancelled').sort(byStart);
  const held = ofKind.filter((m) => m.status === 'held' && m.date <= today);
  const recent = held.filter((m) => m.date >= since);
  const last = held.at(-1);
  if (recent.length > 0) {
    const count = recent.length === 1 ? 'One' : String(recent.length);
    return { state: 'met', evidence: `${count} ${what} meeting${recent.length === 1 ? '' : 's'} held since ${tableDay(since)}, the latest on ${tableDay(last!.date)}.` };
  }
  const lastWords = last ? `The last ${what} meeting was held on ${tableDay(last.date)}.` : `No ${what} meeting held yet.`;
  const upcoming = ofKind.find((m) => m.status === 'planned' && m.date >= today);
  if (upcoming) return { state: 'partial', evidence: `${lastWords} The next is planned for ${tableDay(upcoming.date)}.` };
  return { state: 'unmet', evidence: `${lastWords} None is planned.` };
}

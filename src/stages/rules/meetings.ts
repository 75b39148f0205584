import { byStart } from '../../meetings';
import { MeetingKind } from '../../meetings';
import { listPhrase } from '../evidence';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';
import { tableDay } from '../../model/dateFormats';

type Spec = Extract<RuleSpec, { kind: 'meetings' }>;

/**
 * A meeting of a kind (a visit to another CIT program, the first stakeholder meeting). Held is
 * done; planned is progress. A planned meeting whose day has passed is not assumed to have
 * happened: the person is asked to record it as held.
 */
export function meetingsRule(spec: Spec, { doc, today }: RuleContext): RuleResult {
  const what = listPhrase(spec.meetingKinds.map((k) => MeetingKind.labelOf(k)), 'or');
  const ofKind = doc.meetings
    .filter((m) => spec.meetingKinds.includes(m.kind) && m.status !== 'cancelled')
    .sort(byStart);
  const held = ofKind.filter((m) => m.status === 'held');
  const latestHeld = held.at(-1);
  if (latestHeld) {
    const count = held.length === 1 ? 'held' : `${held.length} held, the latest`;
    return { state: 'met', evidence: `${what}: ${count} on ${tableDay(latestHeld.date)} (“${latestHeld.title}”).` };
  }
  const upcoming = ofKind.find((m) => m.date >= today);
  if (upcoming) {
    return { state: 'partial', evidence: `${what}: planned for ${tableDay(upcoming.date)} (“${upcoming.title}”).` };
  }
  const overdue = ofKind.at(-1);
  if (overdue) {
    return {
      state: 'partial',
      evidence: `${what}: “${overdue.title}” was planned for ${tableDay(overdue.date)}. Record it as held once it has taken place.`,
    };
  }
  // Lower-case only the first letter: the kind's label may hold a name such as "CIT".
  return { state: 'unmet', evidence: `No ${what.charAt(0).toLowerCase()}${what.slice(1)} planned or held yet.` };
}

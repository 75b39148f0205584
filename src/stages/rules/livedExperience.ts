import { byStart } from '../../meetings';
import { IN_ROOM } from '../../meetings';
import type { Meeting } from '../../meetings';
import { bringsLivedExperience } from '../../stakeholders';
import { countOf } from '../evidence';
import type { RuleContext, RuleResult } from './context';
import { tableDay } from '../../model/dateFormats';

/**
 * People with lived experience take part in every step: done when one of them was at the latest
 * meeting held. Counts only, never names: who has lived experience is theirs to tell.
 */
export function livedExperienceRule(_spec: unknown, { doc }: RuleContext): RuleResult {
  const people = new Set(doc.stakeholders.filter(bringsLivedExperience).map((p) => p.id));
  if (people.size === 0) {
    return { state: 'unmet', evidence: 'No one with lived experience is in your workspace yet.' };
  }
  const onList = `${countOf(people.size, 'person', 'people')} with lived experience on your list`;
  // One pass, no sort: only the latest meeting matters besides the counts.
  let held = 0;
  let attended = 0;
  let latest: Meeting | null = null;
  let atLatest = false;
  for (const m of doc.meetings) {
    if (m.status !== 'held') continue;
    held += 1;
    const present = m.attendance.some((a) => people.has(a.stakeholderId) && IN_ROOM.has(a.status));
    if (present) attended += 1;
    if (!latest || byStart(m, latest) > 0) {
      latest = m;
      atLatest = present;
    }
  }
  if (!latest) {
    return { state: 'partial', evidence: `${onList}; no meeting has been recorded as held yet.` };
  }
  const record = `People with lived experience attended ${attended} of ${countOf(held, 'meeting')} held`;
  if (attended === 0) return { state: 'partial', evidence: `${onList}, but none has attended a meeting yet.` };
  if (atLatest) return { state: 'met', evidence: `${record}, including the latest on ${tableDay(latest.date)}.` };
  return { state: 'partial', evidence: `${record}, but none was at the latest on ${tableDay(latest.date)}.` };
}

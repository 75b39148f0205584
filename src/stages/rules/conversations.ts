import type { Conversation } from '../../stakeholders';
import { countOf, peoplePhrase } from '../evidence';
import { inGroup, isSensitiveGroup } from '../partnerGroups';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';
import { tableDay } from '../../model/dateFormats';

type Spec = Extract<RuleSpec, { kind: 'conversations' }>;

/**
 * Conversations logged with anyone in a partner group. A conversation dated after today is a
 * plan, not a conversation, and does not count.
 */
export function conversationsRule(spec: Spec, { doc, today, audience, organizations }: RuleContext): RuleResult {
  const group = spec.with;
  const people = new Map(doc.stakeholders.map((person) => [person.id, person]));
  // Who is in the group, worked out once per person rather than once per conversation.
  const members = new Set(doc.stakeholders.filter((p) => inGroup(p, group, organizations)).map((p) => p.id));
  const inThisGroup = (id: string) => members.has(id);
  // One pass, no sort: a large coalition logs tens of thousands of conversations, and this runs
  // for several items on every change. ISO days and timestamps compare correctly as strings.
  let count = 0;
  let latest: Conversation | undefined;
  for (const c of doc.conversations) {
    if (c.date > today || !c.stakeholderIds.some(inThisGroup)) continue;
    count += 1;
    if (!latest || c.date > latest.date || (c.date === latest.date && c.createdAt >= latest.createdAt)) latest = c;
  }

  if (!latest) {
    const listed = doc.stakeholders.filter((p) => inGroup(p, group, organizations) && p.stage !== 'declined' && p.stage !== 'inactive');
    return {
      state: 'unmet',
      evidence:
        listed.length > 0
          ? `No conversation with ${group.label} logged yet; ${countOf(listed.length, 'person', 'people')} from this group ${listed.length === 1 ? 'is' : 'are'} on your list.`
          : `No conversation with ${group.label} logged yet, and no one from this group is on your list.`,
    };
  }
  const withWhom = peoplePhrase(
    latest.stakeholderIds.filter(inThisGroup).map((id) => people.get(id)!),
    doc,
    audience,
    isSensitiveGroup(group),
  );
  return {
    state: 'met',
    evidence: `Conversations held with ${group.label}: ${count}, the latest on ${tableDay(latest.date)}${withWhom ? ` with ${withWhom}` : ''}.`,
  };
}

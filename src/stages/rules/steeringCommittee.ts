import { capitalize, countOf, listPhrase } from '../evidence';
import { inGroup } from '../partnerGroups';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'steering-committee' }>;

/**
 * The steering committee, read from each person's engagement stage, and whether its members are
 * drawn from every group the committee needs. Only counts are given: who sits on it is on the
 * stakeholders screen, and counts are safe in any document.
 */
export function steeringCommitteeRule(spec: Spec, { doc, organizations }: RuleContext): RuleResult {
  const members = doc.stakeholders.filter((p) => p.stage === 'steering-committee');
  if (members.length === 0) {
    return { state: 'unmet', evidence: 'No one has joined the steering committee yet.' };
  }
  const counts = spec.groups.map((group) => ({ group, count: members.filter((m) => inGroup(m, group, organizations)).length }));
  const present = counts.filter((c) => c.count > 0).map((c) => `${c.group.label} ${c.count}`);
  const missing = counts.filter((c) => c.count === 0).map((c) => c.group.label);
  const parts = [`Steering committee: ${countOf(members.length, 'member')}`];
  if (present.length > 0) parts.push(capitalize(listPhrase(present)));
  if (missing.length > 0) parts.push(`No one yet from ${listPhrase(missing)}`);
  return { state: missing.length === 0 ? 'met' : 'partial', evidence: `${parts.join('. ')}.` };
}

import { capitalize, countOf } from '../evidence';
import { inGroup } from '../partnerGroups';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'partners-engaged' }>;

const ENGAGED = new Set(['committed', 'steering-committee']);
const OUT = new Set(['declined', 'inactive']);

/** Each partner group has someone committed to the program (or on the steering committee). */
export function partnersEngagedRule(spec: Spec, { doc, organizations }: RuleContext): RuleResult {
  const lines = spec.groups.map((group) => {
    const inIt = doc.stakeholders.filter((p) => inGroup(p, group, organizations) && !OUT.has(p.stage));
    const engaged = inIt.filter((p) => ENGAGED.has(p.stage)).length;
    const text =
      engaged > 0
        ? `${capitalize(group.label)}: ${engaged} committed`
        : inIt.length > 0
          ? `${capitalize(group.label)}: ${countOf(inIt.length, 'person', 'people')} on your list, not committed yet`
          : `${capitalize(group.label)}: no one on your list yet`;
    return { engaged: engaged > 0, started: inIt.length > 0, text };
  });
  const engaged = lines.filter((l) => l.engaged).length;
  const state = engaged === lines.length ? 'met' : engaged > 0 || lines.some((l) => l.started) ? 'partial' : 'unmet';
  return { state, evidence: `${lines.map((l) => l.text).join('. ')}.` };
}

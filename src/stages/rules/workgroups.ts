import { WorkgroupFocus, WorkgroupStatus } from '../../workgroups';
import { countOf, listPhrase } from '../evidence';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'workgroups' }>;

/** Workgroups set up (of a focus, when the item asks for one). A completed workgroup still counts. */
export function workgroupsRule(spec: Spec, { doc }: RuleContext): RuleResult {
  const focus = spec.focus;
  const found = doc.workgroups.filter((w) => !focus || focus.includes(w.focus));
  const what = focus ? `workgroup for ${listPhrase(focus.map((f) => WorkgroupFocus.labelOf(f).toLowerCase()), 'or')}` : 'workgroup';
  if (found.length === 0) return { state: 'unmet', evidence: `No ${what} set up yet.` };
  const names = found.map((w) => `${w.name} (${WorkgroupStatus.labelOf(w.status).toLowerCase()})`);
  return { state: 'met', evidence: `${countOf(found.length, what)}: ${listPhrase(names)}.` };
}

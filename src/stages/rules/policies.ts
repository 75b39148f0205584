import { PolicyKind } from '../../policies';
import { adoptedRevision } from '../../policies';
import { countOf, listPhrase } from '../evidence';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';
import { tableDay } from '../../model/dateFormats';

type Spec = Extract<RuleSpec, { kind: 'policies' }>;

/**
 * Policies at work. Step One asks only that the committee start revising (a revision drafted is
 * done); the policies stage asks for adoption (a drafted revision is then progress). A policy
 * listed with nothing drafted shows intent and counts as progress either way.
 */
export function policiesRule(spec: Spec, { doc }: RuleContext): RuleResult {
  const kinds = spec.policyKinds;
  const what = kinds ? listPhrase(kinds.map((k) => PolicyKind.labelOf(k).toLowerCase()), 'or') : 'policy';
  const listed = doc.policies.filter((p) => !kinds || kinds.includes(p.kind));
  const adopted = listed.flatMap((p) => {
    const revision = adoptedRevision(p);
    return revision ? [{ policy: p, revision }] : [];
  });
  const revised = listed.filter((p) => p.revisions.length > 0);

  if (spec.need === 'adopted' && adopted.length > 0) {
    const names = adopted.map(({ policy, revision }) => `${policy.title} (version ${revision.version}, dated ${tableDay(revision.date)})`);
    return { state: 'met', evidence: `Adopted: ${listPhrase(names)}.` };
  }
  if (revised.length > 0) {
    const names = revised.map((p) => `${p.title} (${countOf(p.revisions.length, 'revision')})`);
    return spec.need === 'adopted'
      ? { state: 'partial', evidence: `Being revised, not adopted yet: ${listPhrase(names)}.` }
      : { state: 'met', evidence: `Being revised: ${listPhrase(names)}.` };
  }
  if (listed.length > 0) {
    return {
      state: 'partial',
      evidence: `${countOf(listed.length, 'policy', 'policies')} listed (${listPhrase(listed.map((p) => p.title))}), but no revision drafted yet.`,
    };
  }
  return { state: 'unmet', evidence: `No ${what} listed yet.` };
}

import { trainingEvidence } from '../../training';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'training-coverage' }>;

/** Every agency whose officers are counted has trained the share of them it aimed for. */
export function trainingCoverageRule(_spec: Spec, { doc, today }: RuleContext): RuleResult {
  const { agenciesWithStaffing, agenciesMeetingTarget } = trainingEvidence(doc, today);
  if (agenciesWithStaffing === 0) {
    return { state: 'unmet', evidence: 'No agency’s number of officers entered yet on the Training page.' };
  }
  const words = `${agenciesMeetingTarget} of ${agenciesWithStaffing} ${agenciesWithStaffing === 1 ? 'agency has trained the share of officers it' : 'agencies have trained the share of officers they'} aimed for.`;
  if (agenciesMeetingTarget === agenciesWithStaffing) return { state: 'met', evidence: words };
  return { state: agenciesMeetingTarget > 0 ? 'partial' : 'unmet', evidence: words };
}

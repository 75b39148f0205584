import { quarterInWords, quartersEntered } from '../../programData';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'program-data' }>;

/** Figures entered for at least one quarter, from any agency. */
export function programDataRule(_spec: Spec, { doc }: RuleContext): RuleResult {
  const quarters = quartersEntered(doc.programQuarters);
  const last = quarters.at(-1);
  if (!last) return { state: 'unmet', evidence: 'No quarter’s figures entered yet.' };
  const count = quarters.length === 1 ? 'one quarter' : `${quarters.length} quarters`;
  return { state: 'met', evidence: `Figures entered for ${count}, the latest for ${quarterInWords(last)}.` };
}

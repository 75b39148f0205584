import { RecognitionStatus } from '../../recognition';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';
import { tableDay } from '../../model/dateFormats';

type Spec = Extract<RuleSpec, { kind: 'recognition' }>;

/** A recognition event: planning one, or having held it. */
export function recognitionRule(spec: Spec, { doc }: RuleContext): RuleResult {
  const events = [...doc.recognitionEvents].sort((a, b) => a.date.localeCompare(b.date));
  const held = events.filter((e) => e.status === 'held');
  const latestHeld = held.at(-1);
  if (latestHeld) {
    return { state: 'met', evidence: `“${latestHeld.title}” held on ${tableDay(latestHeld.date)}.` };
  }
  const planned = events.at(-1);
  if (planned) {
    return {
      state: spec.need === 'planned' ? 'met' : 'partial',
      evidence: `“${planned.title}” planned for ${tableDay(planned.date)} (${RecognitionStatus.labelOf(planned.status).toLowerCase()}).`,
    };
  }
  return { state: 'unmet', evidence: 'No recognition event planned yet.' };
}

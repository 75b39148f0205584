import { directoryGaps } from '../../directory';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'directory' }>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Step Two's crisis-system map read from the resource directory: where officers can bring a
 * person (a receiving facility open every night), and the gaps the directory shows.
 */
export function directoryRule(spec: Spec, { doc }: RuleContext): RuleResult {
  const found = directoryGaps(doc.services);
  if (spec.need === 'receiving-facility') {
    if (!found.receivingFacilities)
      return { state: 'unmet', evidence: 'No receiving facility in the resource directory yet.' };
    const listed = plural(found.receivingFacilities, 'receiving facility', 'receiving facilities');
    if (!found.receivingAtNight)
      return { state: 'partial', evidence: `${listed} in the directory, none open at 2 a.m. every night.` };
    return { state: 'met', evidence: `${listed} in the directory, ${found.receivingAtNight} open at night.` };
  }
  if (!doc.services.length)
    return { state: 'unmet', evidence: 'No services in the resource directory yet, so no gaps can be seen.' };
  const services = plural(doc.services.length, 'service', 'services');
  if (!found.gaps.length) return { state: 'met', evidence: `${services} in the directory and no gaps found.` };
  const shown = found.gaps
    .slice(0, 3)
    .map((g) => g.message.replace(/\.$/, ''))
    .join('; ');
  const more = found.gaps.length > 3 ? `; and ${found.gaps.length - 3} more` : '';
  return {
    state: 'met',
    evidence: `${services} in the directory; ${plural(found.gaps.length, 'gap', 'gaps')}: ${shown}${more}.`,
  };
}

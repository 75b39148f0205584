import { ProgramRole, type Stakeholder } from '../../stakeholders';
import { peoplePhrase } from '../evidence';
import type { RuleSpec } from '../types';
import type { RuleContext, RuleResult } from './context';

type Spec = Extract<RuleSpec, { kind: 'roles' }>;

/** Someone who declined or is no longer active does not hold a role for the program. */
function takingPart(person: Stakeholder): boolean {
  return person.stage !== 'declined' && person.stage !== 'inactive';
}

/** Every named program role (chair, coordinator, convener) is held by someone taking part. */
export function rolesRule(spec: Spec, { doc, audience }: RuleContext): RuleResult {
  const lines = spec.roles.map((role) => {
    const holders = doc.stakeholders.filter((p) => takingPart(p) && p.roles.includes(role));
    return {
      held: holders.length > 0,
      text: `${ProgramRole.labelOf(role)}: ${holders.length > 0 ? peoplePhrase(holders, doc, audience) : 'no one named yet'}`,
    };
  });
  const heldCount = lines.filter((line) => line.held).length;
  return {
    state: heldCount === lines.length ? 'met' : heldCount > 0 ? 'partial' : 'unmet',
    evidence: `${lines.map((line) => line.text).join('. ')}.`,
  };
}

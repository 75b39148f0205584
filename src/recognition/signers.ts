import type { ProgramRole, Stakeholder } from '../stakeholders';
import { displayName, mayShowName } from '../stakeholders';

export interface Signer {
  /** The printed name under the line, or '' when there is none to print. */
  name: string;
  role: string;
}

const ROLE_LINE: Record<'chair' | 'coordinator', string> = {
  chair: 'Steering Committee Chair',
  coordinator: 'CIT Coordinator',
};

/**
 * Who signs the certificates: the stakeholder holding the role (the first by name if several do).
 * A signer's name appears on other people's certificates, so it follows their setting for shared
 * documents; a private signer, or no one in the role, leaves the line with the role alone.
 */
export function signerFor(
  stakeholders: readonly Stakeholder[],
  role: Extract<ProgramRole, 'chair' | 'coordinator'>,
): Signer {
  const holder = [...stakeholders]
    .filter((s) => s.roles.includes(role))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-US'))[0];
  if (!holder || !mayShowName(holder, 'shared')) return { name: '', role: ROLE_LINE[role] };
  return { name: displayName(holder, 'shared'), role: ROLE_LINE[role] };
}

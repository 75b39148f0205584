import type { WorkspaceDocument } from '../../src/workspace/document';
import type { Organization } from '../../src/stakeholders';

/**
 * The agencies that get a row in the grid: law enforcement agencies report these numbers, and
 * any other organization keeps its row once numbers were entered for it. With no law
 * enforcement agency in the list yet, every organization is offered.
 */
export function reportingAgencies(doc: WorkspaceDocument): Organization[] {
  const withNumbers = new Set(doc.programQuarters.map((e) => e.organizationId));
  const police = doc.organizations.filter((o) => o.sector === 'law-enforcement' || withNumbers.has(o.id));
  return (police.length ? police : doc.organizations).slice().sort((a, b) => a.name.localeCompare(b.name));
}

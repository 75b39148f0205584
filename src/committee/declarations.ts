import type { WorkspaceDocument } from '../workspace/document';
import type { ConflictDeclaration } from './model';
import { seatedIds } from './seats';

/**
 * Who is on the committee for the purpose of declaring interests: everyone who sits in a seat,
 * and everyone at the stage 'steering-committee' (a committee that has not set up its seats yet
 * still asks its members to declare).
 */
export function committeeMemberIds(doc: Pick<WorkspaceDocument, 'committeeSeats' | 'stakeholders'>): string[] {
  const ids = seatedIds(doc.committeeSeats);
  for (const person of doc.stakeholders) if (person.stage === 'steering-committee') ids.add(person.id);
  return [...ids];
}

export function declarationFor(
  declarations: readonly ConflictDeclaration[],
  stakeholderId: string,
  year: number,
): ConflictDeclaration | undefined {
  return declarations.find((d) => d.stakeholderId === stakeholderId && d.year === year);
}

/** Members with no declaration for the year, in the order of the stakeholder list. */
export function notYetDeclared(
  doc: Pick<WorkspaceDocument, 'committeeSeats' | 'stakeholders' | 'conflictDeclarations'>,
  year: number,
): string[] {
  const declared = new Set(doc.conflictDeclarations.filter((d) => d.year === year).map((d) => d.stakeholderId));
  return committeeMemberIds(doc).filter((id) => !declared.has(id));
}

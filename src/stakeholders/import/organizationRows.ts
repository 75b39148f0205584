import type { Draft } from 'immer';
import type { WorkspaceDocument } from '../../workspace/document';
import type { ImportOrganizationRow } from '../importRow';
import { organizationNamed } from '../organizationMatch';

/**
 * Adds the agencies of an import that name no person (a hospital's front desk): the organization
 * is found by name or added, and how to reach it is written into its notes, since an
 * organization has no email or phone of its own. A line already in the notes is not repeated,
 * so importing the same file twice changes nothing.
 */
export function contactLine(row: ImportOrganizationRow): string {
  const how = [row.email, row.phone].filter(Boolean).join(', ');
  return row.contact ? `${row.contact}: ${how}` : `Contact: ${how}`;
}

export function importOrganizationRows(
  draft: Draft<WorkspaceDocument>,
  rows: readonly ImportOrganizationRow[],
  newId: () => string,
  cache: Map<string, string>,
): { created: number; updated: number } {
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    const found = organizationNamed(draft, row.organization, row.sector, newId, cache);
    if (found.created) created += 1;
    const organization = draft.organizations.find((o) => o.id === found.id);
    if (!organization) continue;
    const additions = [contactLine(row), row.notes].filter((line) => line && !organization.notes.includes(line));
    if (additions.length === 0) continue;
    organization.notes = [organization.notes, ...additions].filter(Boolean).join('\n');
    if (!found.created) updated += 1;
  }
  return { created, updated };
}

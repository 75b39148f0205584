import type { WorkspaceDocument } from '../../src/workspace/document';

/** A stakeholder's name by id, for the screen (the coalition's own view, so names are shown). */
export function nameOf(doc: WorkspaceDocument, id: string | null): string {
  if (!id) return '';
  return doc.stakeholders.find((s) => s.id === id)?.name ?? 'Someone no longer in the workspace';
}

/** Stakeholders for a picker: "Dana Whitfield — Riverside Police Department", or the name alone. */
export function personChoices(doc: WorkspaceDocument): { value: string; label: string }[] {
  const organizations = new Map(doc.organizations.map((o) => [o.id, o.name]));
  return doc.stakeholders
    .map((s) => {
      const organization = s.organizationId ? organizations.get(s.organizationId) : undefined;
      return { value: s.id, label: organization ? `${s.name} — ${organization}` : s.name };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

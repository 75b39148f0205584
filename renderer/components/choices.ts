import type { WorkspaceDocument } from '../../src/workspace/document';
import { Sector } from '../../src/model/sector';
import { tableDay } from '../../src/model/dateFormats';

/** Options for the pickers on the forms, sorted the way people look for them. */
export interface Choice {
  value: string;
  label: string;
}

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

export function organizationChoices(doc: WorkspaceDocument): Choice[] {
  return doc.organizations.map((o) => ({ value: o.id, label: o.name })).sort(byLabel);
}

export function workgroupChoices(doc: WorkspaceDocument): Choice[] {
  return doc.workgroups.map((w) => ({ value: w.id, label: w.name })).sort(byLabel);
}

/** "Dana Lee — Riverbend Crisis Center", or the sector when the person has no organization. */
export function stakeholderChoices(doc: WorkspaceDocument): Choice[] {
  return doc.stakeholders
    .map((s) => {
      const org = doc.organizations.find((o) => o.id === s.organizationId)?.name;
      return { value: s.id, label: `${s.name} — ${org ?? Sector.labelOf(s.sector)}` };
    })
    .sort(byLabel);
}

/** Meetings newest first, labelled with their date: "2025-02-18 · Steering committee, February". */
export function meetingChoices(doc: WorkspaceDocument): Choice[] {
  return [...doc.meetings]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((m) => ({ value: m.id, label: `${tableDay(m.date)} · ${m.title}` }));
}

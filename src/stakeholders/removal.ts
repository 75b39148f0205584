import { produce, type Draft } from 'immer';
import type { WorkspaceDocument } from '../workspace/document';
import { clearReferences, countTouched, plainOf, type TouchedCounts, type TouchedRecords } from './references';

/**
 * Deleting people or organizations, and saying beforehand exactly what that will do. The preview
 * runs the very same removal on a throwaway copy, so the numbers in the confirmation dialog are
 * the numbers the deletion produces.
 */

export interface StakeholderRemoval {
  people: number;
  /** Conversations held only with the people deleted: removed with them. */
  conversationsRemoved: number;
  /** Records elsewhere that mentioned them and were changed (the removed conversations aside). */
  touched: TouchedCounts;
}

/** Removes people and every reference to them, in a draft (a command's single undoable change). */
export function removeStakeholders(draft: Draft<WorkspaceDocument>, ids: ReadonlySet<string>): StakeholderRemoval {
  // Filter plain snapshots: walking a draft array would make a proxy for each of thousands of records.
  const stakeholders = plainOf(draft.stakeholders);
  const kept = stakeholders.filter((s) => !ids.has(s.id));
  const people = stakeholders.length - kept.length;
  // Frozen as it is put in: immer then takes the list as it is rather than looking into each of
  // its thousands of (already frozen) records when the change is finished.
  if (people) draft.stakeholders = Object.freeze(kept) as typeof kept;

  // A conversation with nobody left in it records nothing about anyone still here.
  const conversations = plainOf(draft.conversations);
  const goneConversations = new Set(
    conversations.filter((c) => c.stakeholderIds.every((id) => ids.has(id))).map((c) => c.id),
  );
  if (goneConversations.size) draft.conversations = Object.freeze(conversations.filter((c) => !goneConversations.has(c.id))) as typeof conversations;

  const records: TouchedRecords = new Map();
  clearReferences(draft, ids, records);
  // Follow-up items of a removed conversation stay on the list, no longer linked to it.
  if (goneConversations.size) clearReferences(draft, goneConversations, records);
  const touched = countTouched(records);
  return { people, conversationsRemoved: goneConversations.size, touched };
}

export function previewStakeholderRemoval(doc: WorkspaceDocument, ids: readonly string[]): StakeholderRemoval {
  let report: StakeholderRemoval = { people: 0, conversationsRemoved: 0, touched: {} };
  produce(doc, (draft) => {
    report = removeStakeholders(draft, new Set(ids));
  });
  return report;
}

export interface OrganizationRemoval {
  organizations: number;
  touched: TouchedCounts;
}

/** Removes organizations; their people stay, without an organization. */
export function removeOrganizations(draft: Draft<WorkspaceDocument>, ids: ReadonlySet<string>): OrganizationRemoval {
  const organizations = plainOf(draft.organizations);
  const kept = organizations.filter((o) => !ids.has(o.id));
  if (kept.length !== organizations.length) draft.organizations = Object.freeze(kept) as typeof kept;
  return { organizations: organizations.length - kept.length, touched: clearReferences(draft, ids) };
}

export function previewOrganizationRemoval(doc: WorkspaceDocument, ids: readonly string[]): OrganizationRemoval {
  let report: OrganizationRemoval = { organizations: 0, touched: {} };
  produce(doc, (draft) => {
    report = removeOrganizations(draft, new Set(ids));
  });
  return report;
}

const NOUNS: Record<keyof TouchedCounts, [string, string]> = {
  organizations: ['organization', 'organizations'],
  stakeholders: ['person', 'people'],
  conversations: ['conversation', 'conversations'],
  meetings: ['meeting', 'meetings'],
  actionItems: ['action item', 'action items'],
  workgroups: ['workgroup', 'workgroups'],
  policies: ['policy', 'policies'],
  recognitionEvents: ['recognition event', 'recognition events'],
  trainingCourses: ['training course', 'training courses'],
  trainingClasses: ['training class', 'training classes'],
  agencyStaffing: ['staffing line', 'staffing lines'],
  stageMarks: ['checklist mark', 'checklist marks'],
  programMeasures: ['program data measure', 'program data measures'],
  programQuarters: ['program data quarter', 'program data quarters'],
  services: ['service', 'services'],
  directorySettings: ['directory setting', 'directory settings'],
  committeeSeats: ['committee seat', 'committee seats'],
  committeeOfficers: ['officer term', 'officer terms'],
  conflictDeclarations: ['declaration of interests', 'declarations of interests'],
};

function count(n: number, [one, many]: [string, string]): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The confirmation dialog's sentences, one per consequence, in plain words. */
export function describeStakeholderRemoval(report: StakeholderRemoval): string[] {
  const lines: string[] = [];
  const { touched } = report;
  if (report.conversationsRemoved) {
    lines.push(
      `${count(report.conversationsRemoved, NOUNS.conversations)} held only with ${report.people === 1 ? 'this person' : 'these people'} will be deleted.`,
    );
  }
  if (touched.conversations)
    lines.push(`They will be taken off ${count(touched.conversations, NOUNS.conversations)} held with others.`);
  if (touched.meetings)
    lines.push(`They will be taken off the invitations and attendance of ${count(touched.meetings, NOUNS.meetings)}.`);
  if (touched.actionItems)
    lines.push(
      `${count(touched.actionItems, NOUNS.actionItems)} will lose their owner or their link to a deleted conversation; the items themselves stay.`,
    );
  if (touched.workgroups) lines.push(`They will be taken off ${count(touched.workgroups, NOUNS.workgroups)}.`);
  for (const key of [
    'organizations',
    'stakeholders',
    'policies',
    'recognitionEvents',
    'trainingClasses',
    'stageMarks',
  ] as const) {
    const n = touched[key];
    if (n) lines.push(`${count(n, NOUNS[key])} that mention them will be updated.`);
  }
  return lines;
}

export function describeOrganizationRemoval(report: OrganizationRemoval): string[] {
  const lines: string[] = [];
  const { touched } = report;
  if (touched.stakeholders)
    lines.push(`${count(touched.stakeholders, NOUNS.stakeholders)} will stay in the list with no organization.`);
  for (const key of [
    'policies',
    'meetings',
    'workgroups',
    'actionItems',
    'conversations',
    'recognitionEvents',
    'trainingClasses',
    'agencyStaffing',
    'organizations',
  ] as const) {
    const n = touched[key];
    if (n) lines.push(`${count(n, NOUNS[key])} that mention it will be updated.`);
  }
  return lines;
}

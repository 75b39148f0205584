import { z } from 'zod';
import { ActionItem } from './actionItem';
import { CoalitionDetails } from './coalition';
import { Conversation } from './conversation';
import { HistoryList } from './historyEntry';
import { Meeting } from './meeting';
import { Organization } from './organization';
import { Policy } from './policy';
import { RecognitionEvent } from './recognitionEvent';
import { StageMark } from './stageMark';
import { Stakeholder } from './stakeholder';
import { Workgroup } from './workgroup';

/**
 * The version of the file format this app writes. Raise it only together with a migration in
 * src/workspace/migrations.ts that brings the previous version up to this one.
 */
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * The whole workspace file. Every level is loose: a newer app may add fields, and an older app
 * that opens the file must write them back unchanged rather than drop them.
 */
export const WorkspaceDocument = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  coalition: CoalitionDetails,
  organizations: z.array(Organization).default([]),
  stakeholders: z.array(Stakeholder).default([]),
  conversations: z.array(Conversation).default([]),
  meetings: z.array(Meeting).default([]),
  actionItems: z.array(ActionItem).default([]),
  workgroups: z.array(Workgroup).default([]),
  policies: z.array(Policy).default([]),
  recognitionEvents: z.array(RecognitionEvent).default([]),
  stageMarks: z.array(StageMark).default([]),
  /** What changed, when, by which command (src/model/historyEntry.ts); not an entity collection. */
  history: HistoryList,
});
export type WorkspaceDocument = z.infer<typeof WorkspaceDocument>;

/** The collections of entities, by name (everything but the header). */
export const COLLECTIONS = [
  'organizations',
  'stakeholders',
  'conversations',
  'meetings',
  'actionItems',
  'workgroups',
  'policies',
  'recognitionEvents',
  'stageMarks',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export function emptyWorkspace(details: {
  name: string;
  community: string;
  timeZone: string;
  now: Date;
}): WorkspaceDocument {
  const stamp = details.now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    coalition: {
      name: details.name,
      community: details.community,
      timeZone: details.timeZone,
      createdAt: stamp,
      updatedAt: stamp,
    },
    organizations: [],
    stakeholders: [],
    conversations: [],
    meetings: [],
    actionItems: [],
    workgroups: [],
    policies: [],
    recognitionEvents: [],
    stageMarks: [],
    history: [],
  };
}

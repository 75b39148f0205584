import { z } from 'zod';
import { ActionItem } from '../actions/model';
import { CoalitionDetails } from '../coalition/model';
import { Conversation } from '../stakeholders/model/conversation';
import { HistoryList } from '../model/historyEntry';
import { Meeting } from '../meetings/model';
import { Organization } from '../stakeholders/model/organization';
import { Policy } from '../policies/model';
import { RecognitionEvent } from '../recognition/model';
import { StageMark } from '../stages/model';
import { Stakeholder } from '../stakeholders/model/stakeholder';
import { Workgroup } from '../workgroups/model';

/**
 * The version of the file format this app writes. Raise it only together with a migration in
 * src/workspace/migrations.ts that brings the previous version up to this one.
 */
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * The whole workspace file. Every level is loose: a newer app may add fields, and an older app
 * that opens the file must write them back unchanged rather than drop them.
 */
/**
 * The schema of one record of each collection. Every record is checked on its own, which is what
 * lets a large file be checked a share at a time on several threads (src/workspace/check/).
 */
export const RECORD_SCHEMAS = {
  organizations: Organization,
  stakeholders: Stakeholder,
  conversations: Conversation,
  meetings: Meeting,
  actionItems: ActionItem,
  workgroups: Workgroup,
  policies: Policy,
  recognitionEvents: RecognitionEvent,
  stageMarks: StageMark,
} as const;

export const WorkspaceDocument = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  coalition: CoalitionDetails,
  organizations: z.array(RECORD_SCHEMAS.organizations).default([]),
  stakeholders: z.array(RECORD_SCHEMAS.stakeholders).default([]),
  conversations: z.array(RECORD_SCHEMAS.conversations).default([]),
  meetings: z.array(RECORD_SCHEMAS.meetings).default([]),
  actionItems: z.array(RECORD_SCHEMAS.actionItems).default([]),
  workgroups: z.array(RECORD_SCHEMAS.workgroups).default([]),
  policies: z.array(RECORD_SCHEMAS.policies).default([]),
  recognitionEvents: z.array(RECORD_SCHEMAS.recognitionEvents).default([]),
  stageMarks: z.array(RECORD_SCHEMAS.stageMarks).default([]),
  /** What changed, when, by which command (src/model/historyEntry.ts); not an entity collection. */
  history: HistoryList,
});
export type WorkspaceDocument = z.infer<typeof WorkspaceDocument>;

/** The collections of entities, by name (everything but the header). */
export const COLLECTIONS = Object.keys(RECORD_SCHEMAS) as Array<keyof typeof RECORD_SCHEMAS>;
export type CollectionName = keyof typeof RECORD_SCHEMAS;

export function isCollectionName(key: string): key is CollectionName {
  return Object.hasOwn(RECORD_SCHEMAS, key);
}

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

import { z } from 'zod';
import { actionRecords } from '../actions/model';
import { CoalitionDetails } from '../coalition/model';
import { committeeRecords } from '../committee/model';
import { HistoryList } from '../model/historyEntry';
import { meetingRecords } from '../meetings/model';
import { policyRecords } from '../policies/model';
import { programDataRecords } from '../programData/model';
import { recognitionRecords } from '../recognition/model';
import { stageRecords } from '../stages/model';
import { stakeholderRecords } from '../stakeholders/model/records';
import { trainingRecords } from '../training/model';
import { workgroupRecords } from '../workgroups/model';
import { directoryRecords } from '../directory/model';

/**
 * The version of the file format this app writes. Raise it only together with a migration in
 * src/workspace/migrations.ts that brings the previous version up to this one.
 */
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * The schema of one record of each collection, from each feature's own declaration of the records
 * it holds: a new collection is added there and listed here once. Every record is checked on its
 * own, which is what lets a large file be checked a share at a time on several threads
 * (src/workspace/check/). The order is the order of the collections in the file.
 */
export const RECORD_SCHEMAS = {
  ...stakeholderRecords,
  ...meetingRecords,
  ...actionRecords,
  ...workgroupRecords,
  ...policyRecords,
  ...recognitionRecords,
  ...trainingRecords,
  ...stageRecords,
  ...programDataRecords,
  ...directoryRecords,
  ...committeeRecords,
} as const;
type RecordSchemas = typeof RECORD_SCHEMAS;

/** Each collection as it sits in the file: a list of its records, empty when the file has none. */
function collectionsOf<R extends Record<string, z.ZodType>>(records: R) {
  return Object.fromEntries(Object.entries(records).map(([name, schema]) => [name, z.array(schema).default([])])) as {
    [K in keyof R]: z.ZodDefault<z.ZodArray<R[K]>>;
  };
}

/**
 * The whole workspace file. Every level is loose: a newer app may add fields, and an older app
 * that opens the file must write them back unchanged rather than drop them.
 */
export const WorkspaceDocument = z.looseObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  coalition: CoalitionDetails,
  ...collectionsOf(RECORD_SCHEMAS),
  /** What changed, when, by which command (src/model/historyEntry.ts); not an entity collection. */
  history: HistoryList,
});
export type WorkspaceDocument = z.infer<typeof WorkspaceDocument>;

/** The collections of entities, by name (everything but the header). */
export const COLLECTIONS = Object.keys(RECORD_SCHEMAS) as Array<keyof RecordSchemas>;
export type CollectionName = keyof RecordSchemas;

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
    ...emptyCollections(),
    history: [],
  };
}

function emptyCollections(): { [K in CollectionName]: [] } {
  return Object.fromEntries(COLLECTIONS.map((name) => [name, []])) as { [K in CollectionName]: [] };
}

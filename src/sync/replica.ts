import { ensureFolder } from '../workspace/syncFolder';
import path from 'node:path';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import type { Attention, Body } from './merge';

PouchDB.plugin(memoryAdapter);

/**
 * This laptop's replica of the coalition: PouchDB in the main process, in a folder beside the
 * workspace file (`<file>.sync/`). Two databases live there:
 * - `records`: the CouchDB documents (one per record, sealed as on the server), replicated with
 *   the server by PouchDB's own replication, which speaks CouchDB's protocol;
 * - `state`: never replicated; for each document, the revision and the body this workspace file
 *   last agreed with, the base of every three-way merge and how a change made here is found.
 * Tests use the memory adapter; the app uses leveldb on disk, so a change made offline survives
 * a restart until it reaches the server.
 */
export interface Replica {
  records: PouchDB.Database;
  state: PouchDB.Database;
  close(): Promise<void>;
}

export type ReplicaPlace = { folder: string } | { memory: string };

/** What this workspace file last agreed with, for one document. */
export interface Known {
  rev: string | null;
  body: Body | null;
  attention: Attention[];
  /**
   * When this laptop deleted the record: the body it had before, so that an edit made elsewhere
   * meanwhile is recognised as one (and kept) rather than taken for a new record.
   */
  deletedBody?: Body | null;
}

export function replicaFolderOf(workspacePath: string): string {
  return `${workspacePath}.sync`;
}

export async function openReplica(place: ReplicaPlace): Promise<Replica> {
  let records: PouchDB.Database;
  let state: PouchDB.Database;
  if ('folder' in place) {
    await ensureFolder(place.folder);
    records = new PouchDB(path.join(place.folder, 'records'));
    state = new PouchDB(path.join(place.folder, 'state'));
  } else {
    records = new PouchDB(`${place.memory}-records`, { adapter: 'memory' });
    state = new PouchDB(`${place.memory}-state`, { adapter: 'memory' });
  }
  return {
    records,
    state,
    async close() {
      await Promise.all([records.close(), state.close()]);
    },
  };
}

/** The server's database, signed in with this member's own account. */
export function remoteDatabase(server: string, database: string, username: string, password: string): PouchDB.Database {
  const remote = new PouchDB(`${server.replace(/\/+$/, '')}/${encodeURIComponent(database)}`, {
    skip_setup: true,
    auth: { username, password },
  });
  // PouchDB's replication asks the source for its details after each batch, only to count
  // progress, and leaves a failure of that question unhandled: a server that goes away in the
  // middle of a sync would end the whole process. Here that question never fails; the failure
  // itself still reaches the sync, through the replication's own requests.
  const info = remote.info.bind(remote);
  remote.info = (() => info().catch(() => ({ db_name: database, doc_count: 0, update_seq: 0 }))) as typeof remote.info;
  return remote;
}

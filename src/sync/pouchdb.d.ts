/**
 * The part of PouchDB's API that sync uses, typed here: the DefinitelyTyped package pulls the
 * DOM library into every file that sees it, which the domain core must not have.
 */
declare module 'pouchdb' {
  namespace PouchDB {
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      _conflicts?: string[];
      _revisions?: { start: number; ids: string[] };
      [field: string]: unknown;
    }
    type Row =
      | { key: string; id: string; value: { rev: string; deleted?: boolean }; doc?: Doc | null }
      | { key: string; error: string };
    interface WriteResult {
      ok?: boolean;
      id?: string;
      rev?: string;
      error?: string | boolean;
      status?: number;
    }
    interface ReplicationResult {
      ok: boolean;
      docs_written: number;
    }
    interface ChangeInfo {
      direction: 'push' | 'pull';
      change: { docs: Doc[] };
    }
    interface Sync {
      on(event: 'change', listener: (info: ChangeInfo) => void): Sync;
      on(event: 'paused', listener: (error?: unknown) => void): Sync;
      on(event: 'active' | 'complete', listener: () => void): Sync;
      on(event: 'denied' | 'error', listener: (error: unknown) => void): Sync;
      cancel(): void;
    }
    interface Database {
      get(id: string, options?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<Doc>;
      put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
      bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
      allDocs(options?: { keys?: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: Row[] }>;
      changes(options: { since: string | number; style?: 'all_docs'; limit?: number }): Promise<{
        results: Array<{ id: string; seq: string | number; deleted?: boolean; changes: Array<{ rev: string }> }>;
        last_seq: string | number;
      }>;
      info(): Promise<{ doc_count: number; update_seq: string | number }>;
      replicate: {
        to(target: Database, options?: object): Promise<ReplicationResult>;
        from(source: Database, options?: object): Promise<ReplicationResult>;
      };
      sync(remote: Database, options: { live?: boolean; retry?: boolean; back_off_function?: (delay: number) => number }): Sync;
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
  }
  interface PouchDBStatic {
    new (name: string, options?: { adapter?: string; skip_setup?: boolean; auth?: { username: string; password: string } }): PouchDB.Database;
    plugin(plugin: unknown): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

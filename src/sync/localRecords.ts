import { COLLECTIONS, type CollectionName, type WorkspaceDocument } from '../workspace/document';
import { HEADER_DOC_ID, docIdOf, keyOf, parseDocId } from './docIds';
import { headerBody, type Body } from './recordDoc';

/** One record of the workspace as sync sees it: its body, and the object itself (to tell a change by identity). */
export interface LocalRecord {
  collection: CollectionName | null;
  body: Body;
  ref: unknown;
}

/** One collection's records by document id, as one list held them. Never changed once made. */
export type ListRecords = ReadonlyMap<string, LocalRecord>;

/** The workspace's records at one moment: the coalition header, and each collection's map. */
export class LocalSnapshot {
  constructor(
    readonly header: LocalRecord,
    readonly lists: ReadonlyMap<CollectionName, ListRecords>,
  ) {}

  get(docId: string): LocalRecord | undefined {
    if (docId === HEADER_DOC_ID) return this.header;
    const parsed = parseDocId(docId);
    return parsed.kind === 'record' ? this.lists.get(parsed.collection)?.get(docId) : undefined;
  }
}

/**
 * Snapshots of one workspace, made cycle after cycle. A collection's map is made again only when
 * its list is a different array: immer keeps a list nobody touched as the same array, so after
 * one edit a cycle builds (and the engine walks) one collection's map, not the whole workspace's
 * (77,000 records in the statewide one, a tenth of a second a cycle).
 */
export class LocalRecords {
  private readonly made = new Map<CollectionName, { list: unknown; records: ListRecords }>();

  snapshot(doc: WorkspaceDocument): LocalSnapshot {
    const lists = new Map<CollectionName, ListRecords>();
    for (const collection of COLLECTIONS) {
      const list = doc[collection] as unknown as Body[];
      let entry = this.made.get(collection);
      if (entry?.list !== list) {
        const records = new Map<string, LocalRecord>();
        for (const record of list)
          records.set(docIdOf(collection, keyOf(collection, record)), { collection, body: record, ref: record });
        entry = { list, records };
        this.made.set(collection, entry);
      }
      lists.set(collection, entry.records);
    }
    return new LocalSnapshot({ collection: null, body: headerBody(doc.coalition as Body), ref: doc.coalition }, lists);
  }
}

/**
 * What a workspace's records and lists were last read or written as, so a save encodes only what
 * changed (see fileLayout.ts). Keyed by object identity: a document is never changed in place
 * (src/model/freeze.ts), so an object seen before still has the same contents. Weak keys let
 * the records of old versions of the document go as soon as nothing else holds them.
 */
export class LayoutCache {
  private readonly records = new WeakMap<object, Uint8Array>();
  private readonly lists = new WeakMap<readonly unknown[], Uint8Array[]>();

  /** A record's line followed by ",\n" (the last record of a list drops the comma when written). */
  record(record: object): Uint8Array | undefined {
    return this.records.get(record);
  }

  setRecord(record: object, line: Uint8Array): void {
    this.records.set(record, line);
  }

  /** The lines of every record of a list, as written between its "[" and "]" lines. */
  list(list: readonly unknown[]): Uint8Array[] | undefined {
    return this.lists.get(list);
  }

  setList(list: readonly unknown[], pieces: Uint8Array[]): void {
    this.lists.set(list, pieces);
  }
}

import type PouchDB from 'pouchdb';
import type { CollectionName } from '../workspace/document';
import type { WorkspaceSession } from '../workspace/session';
import type { SaveState } from '../workspace/sessionTypes';
import { applyChangesFromOthers, settleConflict, type ChangesFromOthers } from './applyChanges';
import type { CoalitionKey } from './crypto';
import { HEADER_DOC_ID, SETTINGS_DOC_ID, parseDocId } from './docIds';
import { describeSyncError } from './failures';
import { mergeAttention, mergeBodies, withAttention, type Attention, type Body, type Origin } from './merge';
import { decodeBody, encodeBody, originOf, type SyncDocBody } from './recordDoc';
import type { Known, Replica } from './replica';
import { resolveAttention, type Resolution } from './resolve';
import { sameValue } from './stableJson';
import { LocalRecords, type ListRecords, type LocalSnapshot } from './localRecords';
import type { SyncStatus } from './status';

/** What the engine needs of an open workspace: WorkspaceSession is one. */
export type SyncTarget = Pick<WorkspaceSession, 'doc' | 'revision' | 'applyFromOthers'> & {
  save(): Promise<SaveState>;
};

export interface ConflictEntry {
  docId: string;
  collection: CollectionName | null;
  key: string | null;
  /** The record as it stands here now (null for the coalition details). */
  record: Body | null;
  attention: Attention[];
}

interface Remote {
  rev: string | null;
  body: Body | null;
  attention: Attention[];
  /** Who wrote the winning revision, when it says. */
  origin: Origin | null;
}

type Write = { _id: string; _rev?: string; _deleted?: boolean } & Partial<SyncDocBody>;

const CHECKPOINT_ID = '_local/checkpoint';

/**
 * Documents per read from and write to the replica. In pieces for two reasons: PouchDB's leveldb
 * store copies its pending batch for every document added to it, so one write of a whole
 * workspace costs the square of its size (minutes for a first upload of the statewide one); and
 * a cycle that hands the event loop back between pieces never holds a keystroke's save, or a
 * screen's question, behind it for long.
 */
const PIECE = 250;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How often live sync looks whether the workspace changed here: a number compared, so often costs nothing. */
export const LOCAL_CHANGE_POLL_MS = 100;

/** Documents per request to the server: a first sync of thousands makes fewer round trips than PouchDB's 100. */
export const REPLICATION_BATCH = { batch_size: 500 };

/**
 * Keeps one workspace and its replica in step, both ways, and the replica with the server.
 *
 * A cycle (`reconcile`) looks at every document that changed on either side since the last one:
 * records of the workspace whose object changed (immer shares unchanged ones, so this is a walk
 * over references, not a comparison of values) and documents the replica received. For each, it
 * compares three bodies: what the file last agreed with (the base, kept in the replica's state
 * database), the record in the workspace now, and the winning revision in the replica, and:
 * - only the workspace changed: the record is written to the replica, sealed, as a child of the
 *   base revision, and replication takes it to the server;
 * - the replica changed: merged three-way with the workspace's record (merge.ts) and applied
 *   to the workspace in one step (applyChanges.ts); if the merge differs from what arrived, it is
 *   written back so every member gets it;
 * - CouchDB kept two revisions (two laptops edited offline): the losing leaves are merged into
 *   the winner from their common ancestor and deleted, so the tree has one leaf again.
 * Cycles run one at a time. The file is saved before the base moves, so a crash between the two
 * makes the next cycle merge again, which finds nothing new, rather than lose a change.
 */
export class SyncEngine {
  private readonly known = new Map<string, Known & { stateRev?: string }>();
  private readonly seen = new Map<string, unknown>();
  /** Each collection's records as last seen whole (see changedHere). */
  private seenLists = new Map<CollectionName, ListRecords>();
  /** The documents of each collection in `known`. */
  private readonly knownIds = new Map<CollectionName, Set<string>>();
  private readonly localRecords = new LocalRecords();
  private seq: string | number = 0;
  private checkpointRev: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly waiting = new Set<string>();
  private connection: SyncStatus['connection'] = 'syncing';
  private failure: string | undefined;
  private live: PouchDB.Sync | null = null;
  private poll: ReturnType<typeof setInterval> | null = null;
  private lastRevision = -1;
  private stopped = false;

  private constructor(
    private readonly target: SyncTarget,
    private readonly replica: Replica,
    private readonly key: CoalitionKey,
    private remote: PouchDB.Database | null,
    private readonly account: string | null,
  ) {}

  static async start(options: {
    target: SyncTarget;
    replica: Replica;
    key: CoalitionKey;
    remote?: PouchDB.Database | null;
    /** This member's account on the server: each document written here says it made it. */
    account?: string | null;
  }): Promise<SyncEngine> {
    const engine = new SyncEngine(
      options.target,
      options.replica,
      options.key,
      options.remote ?? null,
      options.account ?? null,
    );
    await engine.load();
    return engine;
  }

  private async load(): Promise<void> {
    const all = await this.replica.state.allDocs({ include_docs: true });
    for (const row of all.rows) {
      if ('error' in row || !row.doc) continue;
      const doc = row.doc as unknown as Known & { _id: string; _rev: string };
      this.setKnown(row.id, {
        rev: doc.rev,
        body: doc.body,
        attention: doc.attention ?? [],
        deletedBody: doc.deletedBody ?? null,
        stateRev: doc._rev,
      });
    }
    try {
      const checkpoint = (await this.replica.state.get(CHECKPOINT_ID)) as unknown as {
        seq: string | number;
        _rev: string;
      };
      this.seq = checkpoint.seq;
      this.checkpointRev = checkpoint._rev;
    } catch {
      this.seq = 0;
    }
  }

  /** Runs one cycle now (after the ones already queued). */
  reconcile(): Promise<void> {
    return this.serially(() => this.reconcileNow());
  }

  /**
   * One full round with the server, for tests and for "Sync now": this laptop's changes into the
   * replica, the replica to and from the server, what arrived into the workspace, and any merge
   * back up. A server that cannot be reached leaves everything local and says so in `status`.
   */
  async syncOnce(): Promise<SyncStatus> {
    await this.reconcile();
    if (!this.remote) return this.status();
    try {
      this.connection = 'syncing';
      await this.replica.records.replicate.to(this.remote, REPLICATION_BATCH);
      await this.replica.records.replicate.from(this.remote, REPLICATION_BATCH);
      await this.reconcile();
      await this.replica.records.replicate.to(this.remote, REPLICATION_BATCH);
      this.waiting.clear();
      this.connection = 'synced';
      this.failure = undefined;
    } catch (error) {
      this.noteFailure(error);
    }
    return this.status();
  }

  /**
   * Live sync: PouchDB's continuous replication both ways, retrying when the network returns;
   * what arrives is applied within a moment, and a change made here is picked up by watching the
   * workspace's revision (a number compared, so watching costs nothing while idle).
   */
  startLive(pollMs = LOCAL_CHANGE_POLL_MS): void {
    if (!this.remote || this.live) return;
    const sync = this.replica.records.sync(this.remote, {
      ...REPLICATION_BATCH,
      live: true,
      retry: true,
      back_off_function: backOff,
    });
    this.live = sync;
    sync.on('change', (info) => {
      if (info.direction === 'pull') void this.reconcile();
      else for (const doc of info.change.docs) this.waiting.delete(doc._id);
    });
    sync.on('paused', (error) => {
      if (error) this.noteFailure(error);
      else {
        this.connection = 'synced';
        this.failure = undefined;
        this.waiting.clear();
      }
    });
    sync.on('active', () => {
      if (this.connection !== 'failed') this.connection = 'syncing';
    });
    sync.on('denied', (error) => this.noteFailure(error));
    sync.on('error', (error) => this.noteFailure(error));
    this.poll = setInterval(() => {
      if (this.target.revision !== this.lastRevision) void this.reconcile();
    }, pollMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    this.live?.cancel();
    this.live = null;
    await this.queue.catch(() => undefined);
  }

  status(): SyncStatus {
    const conflicts = this.conflicts().reduce((sum, entry) => sum + entry.attention.length, 0);
    const status: SyncStatus = { connection: this.connection, waiting: this.waiting.size, conflicts };
    if (this.failure) status.failure = this.failure;
    return status;
  }

  /** Every record with something a person must settle, as it stands here. */
  conflicts(): ConflictEntry[] {
    const out: ConflictEntry[] = [];
    for (const [docId, known] of this.known) {
      if (known.attention.length === 0) continue;
      const parsed = parseDocId(docId);
      out.push({
        docId,
        collection: parsed.kind === 'record' ? parsed.collection : null,
        key: parsed.kind === 'record' ? parsed.key : null,
        record: known.body,
        attention: known.attention,
      });
    }
    return out;
  }

  /**
   * Settles one conflict of one record: the chosen or combined value is written like any change,
   * so it reaches every member and the conflict leaves their lists too.
   */
  resolveConflict(docId: string, index: number, resolution: Resolution): Promise<void> {
    return this.serially(async () => {
      await this.reconcileNow();
      const known = this.known.get(docId);
      if (!known || known.body === null) throw new Error('That record is no longer in this workspace.');
      const settled = resolveAttention(known.body, known.attention, index, resolution);
      const parsed = parseDocId(docId);
      const collection = parsed.kind === 'record' ? parsed.collection : null;
      const [written] = await this.writeDocs([
        this.toWrite(docId, collection, settled.body, known.rev, settled.attention),
      ]);
      if (!written) throw new Error('Another change to this record arrived just now. Look at it again and choose.');
      const changes = emptyChanges();
      this.addToChanges(changes, docId, collection, settled.body, known.body);
      if (hasChanges(changes)) await this.target.applyFromOthers(settleConflict, changes);
      await this.target.save();
      await this.remember(docId, { rev: written, body: settled.body, attention: settled.attention });
      this.markSeen();
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private noteFailure(error: unknown): void {
    const described = describeSyncError(error);
    this.connection = described.offline ? 'offline' : 'failed';
    this.failure = described.offline ? undefined : described.message;
  }

  private markSeen(): void {
    this.lastRevision = this.target.revision;
    this.seen.clear();
    const local = this.localRecords.snapshot(this.target.doc);
    this.seen.set(HEADER_DOC_ID, local.header.ref);
    for (const records of local.lists.values()) for (const [docId, entry] of records) this.seen.set(docId, entry.ref);
    this.seenLists = new Map(local.lists);
  }

  /**
   * The records that may have changed here since they were last seen: each of a collection whose
   * list changed since it was last seen whole (the others are skipped: see LocalRecords), and the
   * known records such a list no longer holds (deleted here).
   */
  private changedHere(local: LocalSnapshot): Set<string> {
    const candidates = new Set<string>();
    if (this.seen.get(HEADER_DOC_ID) !== local.header.ref) candidates.add(HEADER_DOC_ID);
    for (const [collection, records] of local.lists) {
      if (this.seenLists.get(collection) === records) continue;
      for (const [docId, entry] of records) if (this.seen.get(docId) !== entry.ref) candidates.add(docId);
      for (const docId of this.knownIds.get(collection) ?? [])
        if (this.known.get(docId)?.body != null && !records.has(docId)) candidates.add(docId);
    }
    return candidates;
  }

  /** What a cycle looked at is seen, as it looked at it; a record refused by the replica is not (the next cycle tries it again). */
  private markLooked(local: LocalSnapshot, refused: ReadonlySet<string>): void {
    if (!refused.has(HEADER_DOC_ID)) this.seen.set(HEADER_DOC_ID, local.header.ref);
    for (const [collection, records] of local.lists) {
      if (this.seenLists.get(collection) === records) continue;
      let whole = true;
      for (const [docId, entry] of records) {
        if (refused.has(docId)) whole = false;
        else this.seen.set(docId, entry.ref);
      }
      if (whole) this.seenLists.set(collection, records);
      else this.seenLists.delete(collection);
    }
  }

  /** Keeps `known` and, beside it, which documents each collection has there (for changedHere). */
  private setKnown(docId: string, value: Known & { stateRev?: string }): void {
    this.known.set(docId, value);
    const parsed = parseDocId(docId);
    if (parsed.kind !== 'record') return;
    let ids = this.knownIds.get(parsed.collection);
    if (!ids) this.knownIds.set(parsed.collection, (ids = new Set()));
    ids.add(docId);
  }

  private async reconcileNow(): Promise<void> {
    if (this.stopped) return;
    const revision = this.target.revision;
    const local = this.localRecords.snapshot(this.target.doc);
    const candidates = this.changedHere(local);
    const changes = await this.replica.records.changes({ since: this.seq, style: 'all_docs' });
    for (const change of changes.results) if (change.id !== SETTINGS_DOC_ID) candidates.add(change.id);
    const ids = [...candidates].filter((id) => parseDocId(id).kind === 'header' || parseDocId(id).kind === 'record');

    const remotes = await this.readRemotes(ids);
    const writes: Array<{ docId: string; write: Write; known: Known }> = [];
    const settled: Array<{ docId: string; known: Known }> = [];
    const apply = emptyChanges();
    /** The records this cycle merged with what arrived: after applying, they are seen as applied. */
    const mergedIds = new Set<string>();

    for (const [i, docId] of ids.entries()) {
      if (i > 0 && i % PIECE === 0) await breathe();
      const parsed = parseDocId(docId);
      const collection = parsed.kind === 'record' ? parsed.collection : null;
      const here = local.get(docId)?.body ?? null;
      const base = this.known.get(docId);
      const remote = remotes.get(docId)!;
      const baseBody = base?.body ?? null;
      if (remote.rev === (base?.rev ?? null)) {
        if (sameValue(here, baseBody)) continue;
        if (collection === null && here === null) continue;
        const attention = base?.attention ?? [];
        const deletedBody = here === null ? baseBody : undefined;
        writes.push({
          docId,
          write: this.toWrite(docId, collection, here, remote.rev, attention),
          known: { rev: null, body: here, attention, ...(deletedBody ? { deletedBody } : {}) },
        });
        continue;
      }
      // Deleted here and changed elsewhere since: merge from the body it had before the deletion.
      const mergeBase = baseBody === null && base?.deletedBody ? base.deletedBody : baseBody;
      const merged = mergeBodies(mergeBase, here, remote.body, { a: this.origin(), b: remote.origin });
      const attention = withAttention(remote.attention, merged.attention);
      const next: Known = { rev: remote.rev, body: merged.merged, attention };
      if (!sameValue(merged.merged, remote.body) || !sameValue(attention, remote.attention))
        writes.push({
          docId,
          write: this.toWrite(docId, collection, merged.merged, remote.rev, attention),
          known: next,
        });
      else settled.push({ docId, known: next });
      this.addToChanges(apply, docId, collection, merged.merged, here);
      mergedIds.add(docId);
    }

    const revs = await this.writeDocs(writes.map((w) => w.write));
    let applied: LocalSnapshot | null = null;
    if (hasChanges(apply)) {
      await this.target.applyFromOthers(applyChangesFromOthers, apply);
      applied = this.localRecords.snapshot(this.target.doc);
    }
    // The base moves only once the file holds what it describes (see the class comment).
    if (hasChanges(apply) || writes.length > 0) await this.target.save();
    const updates: Array<{ docId: string; known: Known }> = [...settled];
    writes.forEach((w, i) => {
      const rev = revs[i];
      // Refused because another revision landed meanwhile: the next cycle merges with it.
      if (rev) {
        updates.push({ docId: w.docId, known: { ...w.known, rev } });
        this.waiting.add(w.docId);
      }
    });
    await this.rememberAll(updates);
    this.seq = changes.last_seq;
    await this.saveCheckpoint();
    // Seen is what this cycle looked at, as it looked at it: the records as they were when it
    // began, and those it merged as it applied them. A change made on this laptop while the cycle
    // awaited the replica or the file is not seen, so the next cycle (the revision moved since
    // `revision`) sends it; marking the whole workspace seen at the end would have lost it.
    this.lastRevision = revision;
    // A set, not a search of the writes for each record: a first upload writes every record.
    const refused = new Set(writes.filter((_, i) => !revs[i]).map((w) => w.docId));
    this.markLooked(local, refused);
    if (applied) {
      for (const docId of mergedIds) {
        if (refused.has(docId)) continue;
        const now = applied.get(docId);
        if (now) this.seen.set(docId, now.ref);
        else this.seen.delete(docId);
      }
    }
  }

  private addToChanges(
    changes: ChangesFromOthers,
    docId: string,
    collection: CollectionName | null,
    next: Body | null,
    here: Body | null,
  ): void {
    if (sameValue(next, here)) return;
    const parsed = parseDocId(docId);
    if (collection === null) {
      if (next) changes.coalition = next;
      return;
    }
    if (parsed.kind !== 'record') return;
    if (next === null) changes.removals.push({ collection, key: parsed.key });
    else changes.upserts.push({ collection, key: parsed.key, record: next });
  }

  private toWrite(
    docId: string,
    collection: CollectionName | null,
    body: Body | null,
    rev: string | null,
    attention: readonly Attention[],
  ): Write {
    const write: Write =
      body === null
        ? { _id: docId, _deleted: true }
        : { _id: docId, ...encodeBody(docId, collection, body, attention, this.key, this.origin()) };
    if (rev) write._rev = rev;
    return write;
  }

  /**
   * This laptop as the maker of a change: its account, and now. A change made here is written to
   * the replica by the next cycle, a moment after it was made (live sync looks every
   * LOCAL_CHANGE_POLL_MS), so
   * now is the time of the change as nearly as the engine can know it.
   */
  private origin(): Origin | null {
    return this.account ? { account: this.account, at: new Date().toISOString() } : null;
  }

  /** Writes documents to the replica; the new revision of each, or null where it was refused. */
  private async writeDocs(writes: Write[]): Promise<Array<string | null>> {
    const revs: Array<string | null> = [];
    for (let at = 0; at < writes.length; at += PIECE) {
      const results = await this.replica.records.bulkDocs(writes.slice(at, at + PIECE) as PouchDB.Doc[]);
      for (const result of results) revs.push(result.ok && result.rev ? result.rev : null);
    }
    return revs;
  }

  /** The winning revision of each document in the replica, decrypted, its conflicts folded in first. */
  private async readRemotes(ids: string[]): Promise<Map<string, Remote>> {
    const out = new Map<string, Remote>();
    for (let at = 0; at < ids.length; at += PIECE) await this.readRemotesInto(out, ids.slice(at, at + PIECE));
    return out;
  }

  private async readRemotesInto(out: Map<string, Remote>, ids: string[]): Promise<void> {
    const rows = await this.replica.records.allDocs({ keys: ids, include_docs: true, conflicts: true });
    for (const row of rows.rows) {
      if ('error' in row) {
        out.set(row.key, { rev: null, body: null, attention: [], origin: null });
        continue;
      }
      if (row.value.deleted || !row.doc) {
        out.set(row.key, { rev: row.value.rev, body: null, attention: [], origin: null });
        continue;
      }
      const doc = row.doc as unknown as PouchDB.Doc & Partial<SyncDocBody> & { _rev: string };
      if (doc._conflicts && doc._conflicts.length > 0)
        out.set(row.key, await this.foldConflicts(row.key, doc, doc._conflicts));
      else out.set(row.key, { rev: doc._rev, ...decodeBody(row.key, doc, this.key), origin: originOf(doc) });
    }
  }

  /**
   * Two laptops changed one record while apart, and CouchDB kept both revisions. The losing ones
   * are merged into the winner from the revision they share, then deleted, in one write. Every
   * laptop that sees the pair merges it the same way (merge.ts is symmetric), so if two do it at
   * once the two results hold the same values and fold again into one.
   */
  private async foldConflicts(
    docId: string,
    winner: PouchDB.Doc & Partial<SyncDocBody> & { _rev: string },
    losers: string[],
  ): Promise<Remote> {
    const records = this.replica.records;
    const leaves = await Promise.all(
      [winner._rev, ...losers].map(
        (rev) =>
          records.get(docId, { rev, revs: true }) as Promise<PouchDB.Doc & Partial<SyncDocBody> & { _rev: string }>,
      ),
    );
    const ancestor = commonAncestor(leaves.map((leaf) => leaf._revisions));
    const base = await this.bodyAt(docId, ancestor);
    let acc = decodeBody(docId, leaves[0]!, this.key) as { body: Body | null; attention: Attention[] };
    // Each value in a conflict is said to be by whoever wrote the leaf it came from; with more
    // than two leaves, the first one's maker stands for the merge of those before.
    const first = originOf(leaves[0]!);
    for (const leaf of leaves.slice(1)) {
      const other = decodeBody(docId, leaf, this.key);
      const merged = mergeBodies(base.body, acc.body, other.body, { a: first, b: originOf(leaf) });
      acc = {
        body: merged.merged,
        attention: withAttention(mergeAttention(base.attention, acc.attention, other.attention), merged.attention),
      };
    }
    const parsed = parseDocId(docId);
    const collection = parsed.kind === 'record' ? parsed.collection : null;
    const writes: Write[] = [this.toWrite(docId, collection, acc.body, winner._rev, acc.attention)];
    for (const rev of losers) writes.push({ _id: docId, _rev: rev, _deleted: true });
    const [rev] = await this.writeDocs(writes);
    return { rev: rev ?? winner._rev, body: acc.body, attention: acc.attention, origin: originOf(winner) };
  }

  /** A revision's body: from the replica if it still has it, else from the base kept here, else none. */
  private async bodyAt(docId: string, rev: string | null): Promise<{ body: Body | null; attention: Attention[] }> {
    const known = this.known.get(docId);
    if (rev && known?.rev === rev) return { body: known.body, attention: known.attention };
    if (rev) {
      try {
        const doc = await this.replica.records.get(docId, { rev });
        return decodeBody(docId, doc as unknown as SyncDocBody, this.key);
      } catch {
        // Bodies of old revisions are not replicated; without one, every difference is a conflict.
      }
    }
    return { body: null, attention: [] };
  }

  private async remember(docId: string, known: Known): Promise<void> {
    await this.rememberAll([{ docId, known }]);
  }

  private async rememberAll(updates: Array<{ docId: string; known: Known }>): Promise<void> {
    if (updates.length === 0) return;
    const docs = updates.map(({ docId, known }) => {
      const previous = this.known.get(docId);
      return { _id: docId, ...(previous?.stateRev ? { _rev: previous.stateRev } : {}), ...known };
    });
    for (let at = 0; at < docs.length; at += PIECE) {
      const results = await this.replica.state.bulkDocs(docs.slice(at, at + PIECE));
      results.forEach((result, i) => {
        const { docId, known } = updates[at + i]!;
        this.setKnown(docId, { ...known, stateRev: result.ok ? result.rev : this.known.get(docId)?.stateRev });
      });
    }
  }

  private async saveCheckpoint(): Promise<void> {
    const result = await this.replica.state.put({
      _id: CHECKPOINT_ID,
      seq: this.seq,
      ...(this.checkpointRev ? { _rev: this.checkpointRev } : {}),
    });
    this.checkpointRev = result.rev;
  }
}

function emptyChanges(): ChangesFromOthers {
  return { upserts: [], removals: [], coalition: null };
}

function hasChanges(changes: ChangesFromOthers): boolean {
  return changes.upserts.length > 0 || changes.removals.length > 0 || changes.coalition !== null;
}

/** The newest revision every leaf descends from, from their `_revisions` histories. */
export function commonAncestor(histories: ReadonlyArray<{ start: number; ids: string[] } | undefined>): string | null {
  const sets = histories.map((h) => new Set(h ? h.ids.map((id, i) => `${h.start - i}-${id}`) : []));
  const [first, ...rest] = sets;
  if (!first) return null;
  let best: string | null = null;
  let bestGeneration = -1;
  for (const rev of first) {
    if (!rest.every((set) => set.has(rev))) continue;
    const generation = Number.parseInt(rev, 10);
    if (generation > bestGeneration) {
      best = rev;
      bestGeneration = generation;
    }
  }
  return best;
}

/**
 * Retries after a lost connection: soon at first, then every 10 seconds at most, so a server
 * back (or a laptop that was only slow to answer) is in step again within seconds, not half a minute.
 */
function backOff(delay: number): number {
  return delay === 0 ? 1_000 : Math.min(delay * 2, 10_000);
}

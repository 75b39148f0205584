import type PouchDB from 'pouchdb';
import type { AppEvent, SecretKey, SecretStore } from '../api/platform';
import { NotAllowedError } from '../errors';
import type { CollectionName } from '../workspace/document';
import type { WorkspaceSession } from '../workspace/session';
import type { SessionOptions } from '../workspace/sessionTypes';
import {
  connectWorkspace,
  disconnect,
  invitationFor,
  joinCoalition,
  readConnection,
  type Account,
  type Connection,
} from './connection';
import type { CoalitionKey } from './crypto';
import { LOCAL_CHANGE_POLL_MS, SyncEngine, type SyncTarget } from './engine';
import { SyncRefusal } from './errors';
import { invitationText, readInvitation, type Invitation } from './invitation';
import type { Attention } from './merge';
import { openReplica, remoteDatabase, replicaFolderOf, type Replica } from './replica';
import type { Resolution } from './resolve';
import { stableJson } from './stableJson';
import { statusLine, type SyncStatus } from './status';

/** What the service needs of the app around it (AppService gives it this). */
export interface SyncHost {
  secrets: SecretStore;
  notify(event: AppEvent): void;
  /** Options for a workspace file made by joining (the lock, saving, the checked-files list). */
  sessionOptions: SessionOptions;
  /** How often live sync looks for changes made here, and the status for news (tests go faster). */
  pollMs?: number;
}

/** What the Sharing screen shows of a connected workspace. */
export interface SharingView {
  status: SyncStatus;
  /** The status in the header's words: "Synced", "Offline — 5 changes waiting". */
  line: string;
  server: string;
  database: string;
  username: string;
  /** Said once after connecting, when this computer could not keep the password (see SyncService.remember). */
  notice?: string;
}

/** One thing to settle on one record, as the Conflicts screen shows it. */
export interface ConflictView {
  docId: string;
  collection: CollectionName | null;
  key: string | null;
  /** The record's name or title, to say which it is. */
  label: string;
  index: number;
  attention: Attention;
  /**
   * For a field changed on two laptops, who made each value, in the order of its values: the
   * account and the time (ISO), null for either when the version does not say (written before
   * documents carried it: "another member"); `thisLaptop` when it is this member's account.
   */
  versions: ConflictVersion[];
}

export interface ConflictVersion {
  account: string | null;
  at: string | null;
  thisLaptop: boolean;
}

interface Running {
  session: WorkspaceSession;
  connection: Connection;
  engine: SyncEngine | null;
  replica: Replica | null;
  status: SyncStatus;
}

const passwordKey = (connection: Pick<Connection, 'server' | 'username'>): SecretKey => ({
  server: connection.server,
  account: connection.username,
});
/** The coalition key (derived from the passphrase) is kept beside the password, so a reopened file syncs without asking for either. */
const coalitionKeyKey = (connection: Pick<Connection, 'server' | 'coalitionId'>): SecretKey => ({
  server: connection.server,
  account: `coalition-key:${connection.coalitionId}`,
});

const secretName = (key: SecretKey) => `${key.server.replace(/\/+$/, '')}\n${key.account}`;

const SIGNED_OUT: SyncStatus = { connection: 'signed-out', waiting: 0, conflicts: 0 };

/**
 * Sync for the open workspace, behind the Sharing screen's methods: it starts the engine when a
 * connected workspace opens (with the password and coalition key kept by the operating system;
 * without them the header says "Sign in to sync"), stops it when the workspace closes, and tells
 * the screen what sync knows (a 'sync-status' event) and what other members changed (a
 * 'changes-from-others' event carrying the change's patches, as a change of its own would).
 *
 * Sync never holds a command back: the engine's cycles run between the screen's calls, on the
 * same document the commands change, and a server that cannot be reached only shows in the status.
 */
export class SyncService {
  private running: Running | null = null;
  /** Passwords this computer could not keep securely: for this run of the app only (see remember). */
  private readonly heldInMemory = new Map<string, string>();
  private watcher: ReturnType<typeof setInterval> | null = null;
  private lastSent = '';
  /** Counts attachments, so an engine that finishes starting after its workspace closed is let go. */
  private generation = 0;

  /** The attachment under way, if any (tests and quitting wait for it). */
  private attaching: Promise<void> = Promise.resolve();

  constructor(private readonly host: SyncHost) {}

  /**
   * The workspace just opened: if it is connected, start syncing it, in the background, so
   * opening never waits for the replica or the network.
   */
  attachInBackground(session: WorkspaceSession): void {
    this.attaching = this.attaching.then(() => this.attach(session));
  }

  /** Settles once the latest attachment has started (or found nothing to start). */
  settled(): Promise<void> {
    return this.attaching;
  }

  /** The workspace just opened: if it is connected, start syncing it. Never throws: a failure shows in the status. */
  async attach(session: WorkspaceSession): Promise<void> {
    await this.detach();
    const generation = this.generation;
    try {
      const connection = await readConnection(session.filePath);
      if (!connection || generation !== this.generation) return;
      this.running = { session, connection, engine: null, replica: null, status: SIGNED_OUT };
      const [password, sealedKey] = await Promise.all([
        this.secret(passwordKey(connection)),
        this.secret(coalitionKeyKey(connection)),
      ]);
      if (generation !== this.generation) return;
      if (password === null || sealedKey === null || session.readOnly) {
        this.publish();
        return;
      }
      const replica = await openReplica({ folder: replicaFolderOf(session.filePath) });
      const remote = remoteDatabase(connection.server, connection.database, connection.username, password);
      await this.run(
        session,
        connection,
        replica,
        remote,
        Buffer.from(sealedKey, 'base64') as CoalitionKey,
        generation,
      );
    } catch (error) {
      if (generation !== this.generation || !this.running) return;
      this.running.status = {
        connection: 'failed',
        waiting: 0,
        conflicts: 0,
        failure: `sharing could not start (${(error as Error).message})`,
      };
      this.publish();
    }
  }

  /** The workspace is closing: stop syncing it (its replica keeps what has not been sent yet). */
  async detach(): Promise<void> {
    this.generation += 1;
    const running = this.running;
    this.running = null;
    if (this.watcher) clearInterval(this.watcher);
    this.watcher = null;
    if (running) {
      await running.engine?.stop();
      await running.replica?.close();
      this.publish();
    }
  }

  /** Whether a workspace file is connected to a server (its connection is kept beside it). */
  async isShared(filePath: string): Promise<boolean> {
    return (await readConnection(filePath)) !== null;
  }

  status(): SharingView | null {
    const running = this.running;
    if (!running) return null;
    const status = running.engine ? running.engine.status() : running.status;
    return {
      status,
      line: statusLine(status),
      server: running.connection.server,
      database: running.connection.database,
      username: running.connection.username,
    };
  }

  /**
   * Connects the open workspace to a database on a server (or signs in again to the one it is
   * connected to). Everything is checked before anything is written; a refusal says which check
   * failed and leaves the workspace file as it was.
   */
  async connect(session: WorkspaceSession, account: Account, passphrase: string): Promise<SharingView> {
    if (session.readOnly)
      throw new NotAllowedError(`${session.readOnly.message} Connect it to sharing on the computer that has it open.`);
    await this.settled();
    await this.detach();
    const generation = this.generation;
    const connected = await connectWorkspace({ session, account, passphrase });
    const notice = await this.remember(connected.connection, account.password, connected.key);
    await connected.engine.stop();
    const remote = remoteDatabase(account.server, account.database, account.username, account.password);
    await this.run(session, connected.connection, connected.replica, remote, connected.key, generation, true);
    return { ...this.status()!, ...(notice ? { notice } : {}) };
  }

  /**
   * A member joins from an invitation: checked against the server, then a new workspace file
   * filled from it at `filePath`. Returns the new session, not yet adopted by the app.
   */
  async join(options: {
    invitation: Invitation;
    username: string;
    password: string;
    passphrase: string;
    filePath: string;
  }): Promise<WorkspaceSession> {
    const joined = await joinCoalition({ ...options, sessionOptions: this.host.sessionOptions });
    try {
      await joined.engine.syncOnce();
      await this.remember(joined.connection, options.password, joined.key);
    } finally {
      await joined.engine.stop();
      await joined.replica.close();
    }
    return joined.session;
  }

  invitation(coalitionName: string): { invitation: Invitation; text: string } {
    const running = this.requireConnected();
    const invitation = invitationFor(running.connection, coalitionName);
    return { invitation, text: invitationText(invitation) };
  }

  /** One round with the server now ("Sync now"). */
  async syncNow(): Promise<SharingView> {
    const engine = this.requireEngine();
    await engine.syncOnce();
    this.publish();
    return this.status()!;
  }

  /** Stops sharing this workspace: the file stays as it is, the replica and the kept password go. */
  async disconnect(session: WorkspaceSession): Promise<void> {
    const connection = this.running?.connection ?? (await readConnection(session.filePath));
    await this.detach();
    if (!connection) throw new SyncRefusal('not-connected', 'This workspace is not shared.');
    await disconnect(session.filePath);
    for (const key of [passwordKey(connection), coalitionKeyKey(connection)]) {
      this.heldInMemory.delete(secretName(key));
      await this.host.secrets.delete(key);
    }
    this.publish();
  }

  conflicts(): ConflictView[] {
    const running = this.running;
    if (!running?.engine) return [];
    return running.engine.conflicts().flatMap((entry) =>
      entry.attention.map((attention, index) => ({
        docId: entry.docId,
        collection: entry.collection,
        key: entry.key,
        label: labelOf(entry.record) ?? (entry.collection === null ? 'The coalition’s details' : 'A record'),
        index,
        attention,
        versions: versionsOf(attention, running.connection.username),
      })),
    );
  }

  async settle(docId: string, index: number, resolution: Resolution): Promise<void> {
    await this.requireEngine().resolveConflict(docId, index, resolution);
    this.publish();
  }

  private requireConnected(): Running {
    if (!this.running)
      throw new SyncRefusal('not-connected', 'This workspace is not shared yet. Connect it to a server first.');
    return this.running;
  }

  private requireEngine(): SyncEngine {
    const running = this.requireConnected();
    if (!running.engine)
      throw new SyncRefusal('not-connected', 'Sign in to sync: type the password for this server again.');
    return running.engine;
  }

  /**
   * Keeps the password and the coalition key in the operating system's secure storage. Where
   * there is none, they are held in memory for as long as the app runs (sharing works until it
   * quits, then asks to sign in again) and the refusal's sentence is returned, to tell the person.
   */
  private async remember(connection: Connection, password: string, key: CoalitionKey): Promise<string | undefined> {
    const entries: Array<[SecretKey, string]> = [
      [passwordKey(connection), password],
      [coalitionKeyKey(connection), key.toString('base64')],
    ];
    try {
      for (const [name, value] of entries) await this.host.secrets.set(name, value);
      for (const [name] of entries) this.heldInMemory.delete(secretName(name));
      return undefined;
    } catch (error) {
      for (const [name, value] of entries) this.heldInMemory.set(secretName(name), value);
      return (error as Error).message;
    }
  }

  private async secret(key: SecretKey): Promise<string | null> {
    return (await this.host.secrets.get(key)) ?? this.heldInMemory.get(secretName(key)) ?? null;
  }

  /** Starts the engine on a session, live, and the watch that tells the screen its status. */
  private async run(
    session: WorkspaceSession,
    connection: Connection,
    replica: Replica,
    remote: PouchDB.Database,
    key: CoalitionKey,
    generation: number,
    firstRound = false,
  ): Promise<void> {
    const engine = await SyncEngine.start({
      target: this.targetFor(session),
      replica,
      key,
      remote,
      account: connection.username,
    });
    if (generation !== this.generation) {
      await engine.stop();
      await replica.close();
      return;
    }
    this.running = { session, connection, engine, replica, status: engine.status() };
    // Connecting waits for the first round, so the chair sees "Synced" once the coalition is up.
    if (firstRound) await engine.syncOnce();
    if (generation !== this.generation) return;
    const pollMs = this.host.pollMs ?? LOCAL_CHANGE_POLL_MS;
    engine.startLive(pollMs);
    this.watcher = setInterval(() => this.publish(), Math.max(pollMs, 250));
    this.watcher.unref?.();
    this.publish();
  }

  /**
   * The session as the engine sees it: the same document and saves, and each batch of other
   * members' changes passed on to the screen as the patches it made.
   */
  private targetFor(session: WorkspaceSession): SyncTarget {
    const host = this.host;
    return {
      get doc() {
        return session.doc;
      },
      get revision() {
        return session.revision;
      },
      async applyFromOthers(command, input) {
        const reply = await session.applyFromOthers(command, input);
        host.notify({ type: 'changes-from-others', reply });
        return reply;
      },
      save: () => session.save(),
    };
  }

  /** Tells the screen the status, when it changed since it was last told. */
  private publish(): void {
    const status = this.status()?.status ?? null;
    const text = stableJson(status);
    if (text === this.lastSent) return;
    this.lastSent = text;
    this.host.notify({ type: 'sync-status', status });
  }
}

function versionsOf(attention: Attention, username: string): ConflictVersion[] {
  if (attention.kind !== 'field') return [];
  return attention.values.map((_, i) => {
    const origin = attention.origins?.[i] ?? null;
    return {
      account: origin?.account ?? null,
      at: origin?.at || null,
      thisLaptop: origin !== null && origin.account === username,
    };
  });
}

function labelOf(record: Record<string, unknown> | null): string | null {
  if (!record) return null;
  for (const field of ['name', 'title', 'fullName', 'honoreeName', 'organizationName', 'label']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}

export { readInvitation };

import { exists, readTextOrNull, removeFolder, writeText } from '../workspace/syncFolder';
import path from 'node:path';
import { z } from 'zod';
import { newId } from '../model/ids';
import { CURRENT_SCHEMA_VERSION, WorkspaceDocument } from '../workspace/document';
import { WorkspaceSession } from '../workspace/session';
import type { SessionOptions } from '../workspace/sessionTypes';
import { deriveKey, newSalt, passphraseCheck, passphraseFits, type CoalitionKey } from './crypto';
import { HEADER_DOC_ID, SETTINGS_DOC_ID } from './docIds';
import { REPLICATION_BATCH, SyncEngine } from './engine';
import { PASSWORD_REFUSED, SyncRefusal } from './errors';
import { makeInvitation, type Invitation } from './invitation';
import { decodeBody } from './recordDoc';
import { openReplica, remoteDatabase, replicaFolderOf, type Replica, type ReplicaPlace } from './replica';

/** A member's way in: the server, the coalition's database, and their own account. */
export interface Account {
  server: string;
  database: string;
  username: string;
  password: string;
}

/** The coalition's settings on the server: who it is, and how the passphrase becomes the key. */
export const SyncSettings = z.looseObject({
  coalitionId: z.string().min(1),
  coalitionName: z.string(),
  salt: z.string().min(1),
  passphraseCheck: z.string().min(1),
});
export type SyncSettings = z.infer<typeof SyncSettings>;

/**
 * What a workspace remembers about its connection, in the replica folder beside the file (never
 * in the workspace file, which stays the user's and opens anywhere; never the password, which
 * the app keeps in the operating system's secure storage).
 */
export const Connection = z.strictObject({
  server: z.string(),
  database: z.string(),
  username: z.string(),
  coalitionId: z.string(),
});
export type Connection = z.infer<typeof Connection>;

const CONNECTION_FILE = 'connection.json';

export async function readConnection(workspacePath: string): Promise<Connection | null> {
  const text = await readTextOrNull(path.join(replicaFolderOf(workspacePath), CONNECTION_FILE));
  if (text === null) return null;
  try {
    return Connection.parse(JSON.parse(text));
  } catch {
    return null;
  }
}

async function writeConnection(workspacePath: string, connection: Connection): Promise<void> {
  await writeText(path.join(replicaFolderOf(workspacePath), CONNECTION_FILE), `${JSON.stringify(connection, null, 2)}\n`);
}

/** Disconnects a workspace: its file is kept as it is; the replica beside it goes. */
export async function disconnect(workspacePath: string): Promise<void> {
  await removeFolder(replicaFolderOf(workspacePath));
}

const authHeader = (account: Account) =>
  `Basic ${Buffer.from(`${account.username}:${account.password}`, 'utf8').toString('base64')}`;

const databaseUrl = (account: Account) => `${account.server.replace(/\/+$/, '')}/${encodeURIComponent(account.database)}`;

/**
 * Asks the server, before anything is written anywhere: is it a CouchDB-protocol server, does it
 * take this account's password, does the database exist, and what coalition it holds (null for
 * an empty one). Each refusal says plainly which of these failed.
 */
export async function probe(account: Account): Promise<SyncSettings | null> {
  let welcome: Response;
  try {
    welcome = await fetch(`${account.server.replace(/\/+$/, '')}/`, { signal: AbortSignal.timeout(10_000) });
  } catch {
    throw new SyncRefusal('unknown-server', `No sync server answered at ${account.server}. Check the address, and that this laptop is online.`);
  }
  const hello = (await welcome.json().catch(() => null)) as Record<string, unknown> | null;
  if (!hello || !('couchdb' in hello || 'express-pouchdb' in hello))
    throw new SyncRefusal('unknown-server', `${account.server} answered, but it is not a sync server (CouchDB). Check the address.`);
  const headers = { Authorization: authHeader(account), Accept: 'application/json' };
  const db = await fetch(databaseUrl(account), { headers });
  if (db.status === 401) throw new SyncRefusal('password', `Sync failed: ${PASSWORD_REFUSED}.`);
  if (db.status === 403) throw new SyncRefusal('password', `The account ${account.username} may not use the database ${account.database}.`);
  if (db.status === 404)
    throw new SyncRefusal('no-database', `The server has no database named ${account.database}. Ask whoever runs the server to create it.`);
  if (!db.ok) throw new SyncRefusal('unknown-server', `The server refused: ${db.status} ${db.statusText}.`);
  const settings = await fetch(`${databaseUrl(account)}/${SETTINGS_DOC_ID}`, { headers });
  if (settings.status === 404) return null;
  const parsed = SyncSettings.safeParse(await settings.json().catch(() => null));
  if (!parsed.success)
    throw new SyncRefusal('not-a-coalition', `The database ${account.database} holds something other than a coalition. Choose another.`);
  return parsed.data;
}

async function keyFor(settings: SyncSettings, passphrase: string): Promise<CoalitionKey> {
  const key = await deriveKey(passphrase, settings.salt);
  if (!passphraseFits(key, settings.passphraseCheck))
    throw new SyncRefusal('passphrase', 'That is not this coalition’s passphrase. Ask the chair for it again.');
  return key;
}

export interface Connected {
  engine: SyncEngine;
  replica: Replica;
  connection: Connection;
  key: CoalitionKey;
}

/**
 * The chair connects an open workspace to a database: an empty database becomes this
 * coalition's (its settings written there first, with a new salt); a database that already
 * holds this coalition is simply reconnected; any other coalition's database is refused. The
 * workspace file is not written by connecting; the first sync sends its records.
 */
export async function connectWorkspace(options: {
  session: WorkspaceSession;
  account: Account;
  passphrase: string;
  replicaPlace?: ReplicaPlace;
}): Promise<Connected> {
  const { session, account, passphrase } = options;
  const previous = await readConnection(session.filePath);
  let settings = await probe(account);
  if (settings && settings.coalitionId !== previous?.coalitionId)
    throw new SyncRefusal(
      'other-coalition',
      `The database ${account.database} already holds another coalition (${settings.coalitionName}). To work on that coalition, open an invitation to it; to connect this one, choose an empty database.`,
    );
  if (!settings) {
    const salt = newSalt();
    const key = await deriveKey(passphrase, salt);
    settings = {
      coalitionId: previous?.coalitionId ?? newId(),
      coalitionName: session.doc.coalition.name,
      salt,
      passphraseCheck: passphraseCheck(key),
    };
    const created = await fetch(`${databaseUrl(account)}/${SETTINGS_DOC_ID}`, {
      method: 'PUT',
      headers: { Authorization: authHeader(account), 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    });
    if (created.status === 401 || created.status === 403)
      throw new SyncRefusal('password', `The account ${account.username} may not write to the database ${account.database}.`);
    if (!created.ok) throw new SyncRefusal('unknown-server', `The server refused the coalition's settings: ${created.status}.`);
  }
  const key = await keyFor(settings, passphrase);
  const connection: Connection = { server: account.server, database: account.database, username: account.username, coalitionId: settings.coalitionId };
  const replica = await openReplica(options.replicaPlace ?? { folder: replicaFolderOf(session.filePath) });
  if (!options.replicaPlace || 'folder' in options.replicaPlace) await writeConnection(session.filePath, connection);
  const remote = remoteDatabase(account.server, account.database, account.username, account.password);
  const engine = await SyncEngine.start({ target: session, replica, key, remote, account: account.username });
  return { engine, replica, connection, key };
}

/** The invitation a connected workspace hands a member. */
export function invitationFor(connection: Connection, coalitionName: string): Invitation {
  return makeInvitation({ server: connection.server, database: connection.database, coalitionId: connection.coalitionId, coalitionName });
}

/**
 * A member joins: signs in with their own account, is checked against the invitation (the right
 * server, the database of that coalition, the passphrase), and only then gets a new workspace
 * file, filled from the server. A file already at that path is never replaced.
 */
export async function joinCoalition(options: {
  invitation: Invitation;
  username: string;
  password: string;
  passphrase: string;
  filePath: string;
  sessionOptions?: SessionOptions;
  replicaPlace?: ReplicaPlace;
}): Promise<Connected & { session: WorkspaceSession }> {
  const { invitation } = options;
  const account: Account = { server: invitation.server, database: invitation.database, username: options.username, password: options.password };
  if (await exists(options.filePath))
    throw new SyncRefusal('invitation', 'A file is already there. Choose a new name for the coalition’s file.');
  const settings = await probe(account);
  if (!settings) throw new SyncRefusal('not-a-coalition', `The database ${invitation.database} holds no coalition yet. Ask the chair to connect theirs first.`);
  if (settings.coalitionId !== invitation.coalitionId)
    throw new SyncRefusal('other-coalition', `The database ${invitation.database} holds another coalition (${settings.coalitionName}), not the one this invitation is for.`);
  const key = await keyFor(settings, options.passphrase);
  const remote = remoteDatabase(account.server, account.database, account.username, account.password);
  const replica = await openReplica(options.replicaPlace ?? { folder: replicaFolderOf(options.filePath) });
  try {
    await replica.records.replicate.from(remote, REPLICATION_BATCH);
    const header = await replica.records.get(HEADER_DOC_ID).catch(() => null);
    if (!header) throw new SyncRefusal('not-a-coalition', 'The coalition on the server has not finished its first upload. Try again in a minute.');
    const coalition = decodeBody(HEADER_DOC_ID, header as never, key).body;
    const doc = WorkspaceDocument.parse({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      coalition: { ...coalition, updatedAt: new Date().toISOString() },
      history: [],
    });
    const session = await WorkspaceSession.fromDocument(options.filePath, doc, options.sessionOptions);
    const connection: Connection = { server: account.server, database: account.database, username: account.username, coalitionId: settings.coalitionId };
    if (!options.replicaPlace || 'folder' in options.replicaPlace) await writeConnection(options.filePath, connection);
    const engine = await SyncEngine.start({ target: session, replica, key, remote, account: account.username });
    await engine.reconcile();
    return { engine, replica, connection, key, session };
  } catch (error) {
    await replica.close();
    if (!options.replicaPlace || 'folder' in options.replicaPlace) await disconnect(options.filePath);
    throw error;
  }
}


import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A real CouchDB-protocol server for the sync tests: the npm `pouchdb-server` (express-pouchdb),
 * started as a child process on 127.0.0.1 at a free port, its databases in leveldb, its config and
 * log in a temporary folder. It enforces accounts the way CouchDB does: once an admin exists,
 * `_users` holds members with passwords, a wrong password gets 401, and a database's `_security`
 * lets only its members in (checked by tests/integration/sync-refusals.test.ts).
 */
export interface CouchServer {
  url: string;
  port: number;
  admin: { username: string; password: string };
  /** Adds a member account. */
  addUser(username: string, password: string): Promise<void>;
  /** Creates a database only the given members (and the admin) may use. */
  createDatabase(name: string, members: string[]): Promise<void>;
  /** Reads a database's documents as the server holds them (with `_conflicts` where it kept more than one), as the admin. */
  allDocs(database: string): Promise<Array<Record<string, unknown>>>;
  /** How many documents the database holds now, as the server counts them. */
  docCount(database: string): Promise<number>;
  stop(): Promise<void>;
  /** Stops the process and keeps its databases, for "the server is down"; resume starts it again. */
  pause(): Promise<void>;
  resume(): Promise<void>;
}

const BIN = path.resolve(import.meta.dirname, '../../node_modules/.bin/pouchdb-server');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function startCouchServer(): Promise<CouchServer> {
  const folder = await mkdtemp(path.join(tmpdir(), 'cit-couch-'));
  await mkdir(path.join(folder, 'data'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const admin = { username: 'admin', password: 'admin-secret' };
  const auth = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;
  let child: ChildProcess | null = null;

  const launch = async () => {
    child = spawn(
      BIN,
      ['--dir', path.join(folder, 'data'), '--port', String(port), '--host', '127.0.0.1', '--no-stdout-logs'],
      {
        cwd: folder,
        stdio: 'ignore',
      },
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const response = await fetch(`${url}/`);
        if (response.ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start within 30 seconds');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const call = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${url}${route}`, {
      method,
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };

  const kill = async () => {
    const running = child as ChildProcess | null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  await launch();
  // The first admin ends "admin party": from here on the server checks every password.
  await fetch(`${url}/_config/admins/${admin.username}`, { method: 'PUT', body: JSON.stringify(admin.password) });

  return {
    url,
    port,
    admin,
    async addUser(username, password) {
      await call('PUT', `/_users/org.couchdb.user:${username}`, { name: username, password, roles: [], type: 'user' });
    },
    async createDatabase(name, members) {
      await call('PUT', `/${name}`);
      await call('PUT', `/${name}/_security`, {
        admins: { names: [], roles: [] },
        members: { names: members, roles: [] },
      });
    },
    async allDocs(database) {
      const all = (await call('GET', `/${database}/_all_docs?include_docs=true&conflicts=true`)) as {
        rows: Array<{ doc: Record<string, unknown> }>;
      };
      return all.rows.map((row) => row.doc);
    },
    async docCount(database) {
      return ((await call('GET', `/${database}`)) as { doc_count: number }).doc_count;
    },
    async stop() {
      await kill();
      await rm(folder, { recursive: true, force: true });
    },
    pause: kill,
    resume: launch,
  };
}

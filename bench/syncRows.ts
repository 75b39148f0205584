import { appendFileSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { updateStakeholder } from '../src/stakeholders/commands/stakeholders';
import { connectWorkspace, invitationFor, joinCoalition, type Connected } from '../src/sync/connection';
import { COLLECTIONS } from '../src/workspace/document';
import { WorkspaceSession } from '../src/workspace/session';
import { startCouchServer } from '../tests/support/couchServer';
import type { BenchRow } from './row';
import { stats } from './stats';

/**
 * The rows of sharing one coalition, run in a child process of its own (bench/run.ts starts it):
 *
 *   node --import tsx bench/syncRows.ts <file> <scale>
 *
 * Against a real CouchDB-protocol server on 127.0.0.1 (pouchdb-server, as the sync tests use),
 * with the app's own code on disk (the workspace file, the leveldb replica beside it):
 * - the chair's first upload: connecting the statewide workspace and sending every record;
 * - a member's first download: joining by invitation, until their new file holds the coalition;
 * - a change on one laptop until it is in the other laptop's workspace, with both in live sync
 *   as the app runs them (a change here is noticed within 250 ms, the server's news at once);
 * - how long the main process was held at most while sync worked (its event loop's longest
 *   delay): what a keystroke's save or a screen's question would wait for behind a sync cycle.
 * Each row is appended to the file named by BENCH_ROWS as soon as it is measured.
 */
const [file, scaleText] = process.argv.slice(2);
if (!file || !scaleText) throw new Error('usage: syncRows.ts <file> <scale>');
const scale = Number(scaleText);
const area = `${scale}x`;
const rowsFile = process.env.BENCH_ROWS;
if (!rowsFile) throw new Error('Set BENCH_ROWS to the file the rows are written to.');
/** How many changes are timed from one laptop to the other. */
const CHANGES = Number(process.env.BENCH_SYNC_CHANGES ?? 30);
const PASSPHRASE = 'benchmark passphrase for the statewide coalition';

const report = (row: BenchRow) => appendFileSync(rowsFile, `${JSON.stringify(row)}\n`);
const row = (measure: string, samples: number[], extra: Partial<BenchRow> = {}) =>
  report({ area, scale, measure, ...stats(samples), samples: samples.length, ...extra });

/** The longest the event loop was held while `work` ran, in ms (sampled every 10 ms). */
async function heldWhile<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; heldMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  delay.disable();
  return { value, ms, heldMs: delay.max / 1e6 };
}

const server = await startCouchServer();
const folder = await mkdtemp(path.join(path.dirname(file), 'sync-'));
const open: Array<{ connected: Connected; session: WorkspaceSession }> = [];
try {
  await server.addUser('chair', 'chair-password');
  await server.addUser('member', 'member-password');
  await server.createDatabase('statewide', ['chair', 'member']);
  const chairFile = path.join(folder, 'chair.cit.json');
  await copyFile(file, chairFile);
  const session = await WorkspaceSession.open(chairFile);
  const records = COLLECTIONS.reduce((sum, collection) => sum + session.doc[collection].length, 0);

  const upload = await heldWhile(async () => {
    const connected = await connectWorkspace({
      session,
      account: { server: server.url, database: 'statewide', username: 'chair', password: 'chair-password' },
      passphrase: PASSPHRASE,
    });
    const status = await connected.engine.syncOnce();
    if (status.connection !== 'synced')
      throw new Error(`the first upload ended ${status.connection}: ${status.failure ?? ''}`);
    return connected;
  });
  const chair = { connected: upload.value, session };
  open.push(chair);
  const onServer = await server.docCount('statewide');
  row('sync: first upload (the chair connects the workspace)', [upload.ms], {
    note: `${records} records → ${onServer} documents on the server; the main process was held at most ${upload.heldMs.toFixed(0)} ms at a time`,
  });

  const memberFile = path.join(folder, 'member.cit.json');
  const download = await heldWhile(() =>
    joinCoalition({
      invitation: invitationFor(chair.connected.connection, session.doc.coalition.name),
      username: 'member',
      password: 'member-password',
      passphrase: PASSPHRASE,
      filePath: memberFile,
    }),
  );
  const member = { connected: download.value, session: download.value.session };
  open.push(member);
  row('sync: first download (a member joins by invitation)', [download.ms], {
    note: `until the member's new file holds the ${onServer} documents; the main process was held at most ${download.heldMs.toFixed(0)} ms at a time`,
  });
  // The member's first cycle takes in what joining wrote; the app starts it the same way.
  await member.connected.engine.syncOnce();

  chair.connected.engine.startLive();
  member.connected.engine.startLive();
  const people = session.doc.stakeholders;
  const samples: number[] = [];
  const live = await heldWhile(async () => {
    for (let i = 0; i < CHANGES; i += 1) {
      const person = people[(i * 7919) % people.length]!;
      const title = `Coordinator, change ${i}`;
      const start = performance.now();
      await session.execute(updateStakeholder, { id: person.id, changes: { title } });
      for (;;) {
        if (member.session.doc.stakeholders.find((p) => p.id === person.id)?.title === title) break;
        if (performance.now() - start > 60_000) throw new Error(`change ${i} did not reach the member within a minute`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      samples.push(performance.now() - start);
    }
  });
  row('sync: a change on one laptop → in the other laptop’s workspace', samples, {
    note: `both in live sync over loopback; the main process was held at most ${live.heldMs.toFixed(0)} ms at a time`,
  });
} finally {
  for (const { connected, session } of open.reverse()) {
    await connected.engine.stop().catch(() => undefined);
    await connected.replica.close().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
  await server.stop();
  await rm(folder, { recursive: true, force: true });
}
process.exit(0);

import { createHash } from 'node:crypto';
import { updateCoalition } from '../../../src/coalition/commands';
import { serializeWorkspace } from '../../../src/workspace/documentFile';
import { WorkspaceSession } from '../../../src/workspace/session';

/**
 * The process the crash test kills. It opens a workspace through the real WorkspaceSession (lock,
 * leftover clean-up, backups on every save, atomic writes) and saves changes in a loop, telling
 * its parent on stdout before and after each save:
 *
 *   ready <n>          opened; the file holds save number n
 *   begin <n>          save number n is starting
 *   done <n> <sha256>  save number n is on disk, and these are the file's exact bytes
 *
 * On Linux a write to a pipe is synchronous, so every line printed before the kill reaches the
 * parent. To hide Node's start-up time, the parent starts the next child while the current one
 * runs: a child prints "warm" once loaded and waits for a line "go" on stdin before it touches
 * the file. Usage: crashChild <workspace file> [<max saves>]
 */
async function main(): Promise<void> {
  const [file, maxArg] = process.argv.slice(2);
  if (!file) throw new Error('crashChild: no workspace file given');
  process.stdout.write('warm\n');
  await new Promise<void>((resolve) => {
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      if (chunk.includes('go')) resolve();
    });
  });
  process.stdin.pause();
  const session = await WorkspaceSession.open(file, { backupIntervalMs: 0, defaultTimeZone: 'UTC' });
  if (session.readOnly) throw new Error(`crashChild: opened read-only: ${session.readOnly.message}`);
  let n = Number(/^Save (\d+)$/.exec(session.doc.coalition.name)?.[1] ?? 0);
  process.stdout.write(`ready ${n}\n`);
  const max = Number(maxArg ?? Number.POSITIVE_INFINITY);
  for (let i = 0; i < max; i += 1) {
    n += 1;
    process.stdout.write(`begin ${n}\n`);
    // Community text of varying length, so the file's size differs between saves and a torn
    // write could not pass for a whole one.
    const reply = await session.execute(updateCoalition, { name: `Save ${n}`, community: 'x'.repeat((n * 37) % 200) });
    if (reply.save.state !== 'saved') throw new Error(`crashChild: save ${n} failed: ${JSON.stringify(reply.save)}`);
    const sha = createHash('sha256').update(serializeWorkspace(session.doc)).digest('hex');
    process.stdout.write(`done ${n} ${sha}\n`);
  }
  await session.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

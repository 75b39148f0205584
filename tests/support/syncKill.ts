import path from 'node:path';
import { expect } from 'vitest';
import { docIdOf, keyOf } from '../../src/sync/docIds';
import { COLLECTIONS } from '../../src/workspace/document';
import { WorkspaceSession } from '../../src/workspace/session';
import { startChild, type RunningChild } from './safety/childProcess';
import { sharedContent } from './syncMembers';

/**
 * What the tests that kill a member in the middle of sync share (sync-kill.test.ts,
 * sync-kill-joined.test.ts): the member as a process of its own (syncMemberChild.ts), killed once
 * a test says it is part way, or run to its end; and a workspace file read back as the app opens it.
 */
const CHILD = path.resolve(import.meta.dirname, 'syncMemberChild.ts');

/** Starts a member's laptop: `args` as syncMemberChild.ts takes them. */
export const startMember = (args: string[]): RunningChild => startChild(CHILD, args, ['--import', 'tsx']);

/** Waits until `midway()` says so, then kills; fails if the child finished first. */
export async function killWhen(child: RunningChild, midway: () => Promise<boolean>, what: string): Promise<void> {
  await child.waitForLine(/^open$/, 120_000);
  for (;;) {
    if (child.lines.some((line) => line.startsWith('synced')) || child.process.exitCode !== null)
      throw new Error(`The member finished its ${what} before it could be killed part way. ${child.stderr()}`);
    if (await midway()) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.process.kill('SIGKILL');
  const ended = await child.ended;
  expect(ended.signal).toBe('SIGKILL');
  expect(child.lines.some((line) => line.startsWith('synced'))).toBe(false);
}

/** Waits for the member to finish its round; the sync status it ended with. */
export async function runToEnd(child: RunningChild): Promise<Record<string, unknown>> {
  const ended = await child.ended;
  if (ended.code !== 0) throw new Error(`The member ended with ${ended.signal ?? ended.code}: ${child.stderr()}`);
  const line = child.lines.find((l) => l.startsWith('synced '));
  expect(line).toBeDefined();
  return JSON.parse(line!.slice('synced '.length)) as Record<string, unknown>;
}

/** Every record of a workspace file, by collection, each key counted; the file opened as the app opens it. */
export async function recordsOf(file: string): Promise<{ content: string; keys: string[] }> {
  const session = await WorkspaceSession.open(file);
  try {
    expect(session.readOnly).toBeNull();
    const keys: string[] = [];
    for (const collection of COLLECTIONS)
      for (const record of session.doc[collection] as unknown as Array<Record<string, unknown>>)
        keys.push(docIdOf(collection, keyOf(collection, record)));
    return { content: sharedContent(session.doc), keys };
  } finally {
    await session.close();
  }
}

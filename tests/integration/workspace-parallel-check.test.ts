import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generator/workspace';
import { writeWorkspaceFile } from '../../bench/generator/write';
import { COMMANDS } from '../../src/api/features';
import { CheckedFilesList } from '../../src/workspace/checkedFiles';
import { PARALLEL_CHECK_FROM_BYTES, type StartCheckWorker } from '../../src/workspace/check/parallelCheck';
import { loadWorkspaceFile } from '../../src/workspace/documentFile';
import { WorkspaceFileError } from '../../src/workspace/errors';
import { WorkspaceSession } from '../../src/workspace/session';
import { startSourceCheckWorker } from '../support/checkWorkers';
import { tempDir } from '../support/tempdir';

/**
 * A large file from elsewhere is checked on several threads (src/workspace/check/). Whatever
 * the threads do, the document, the refusals and their messages are those of the check on one
 * thread; only the time differs.
 */
const context = { defaultTimeZone: 'UTC' };
let dir = '';
let original = '';

beforeAll(async () => {
  dir = await tempDir('cit-parallel-check-');
  const file = path.join(dir, 'generated.cit.json');
  // About 10 MB: large enough to be shared between threads.
  await writeWorkspaceFile(generateWorkspace({ scale: 0.15 }), file);
  original = await readFile(file, 'utf8');
  expect(Buffer.byteLength(original)).toBeGreaterThan(PARALLEL_CHECK_FROM_BYTES);
}, 60_000);

/** The file with its text changed, and a thread starter that counts the threads it starts. */
async function fileWith(name: string, change: (text: string) => string = (text) => text) {
  const file = path.join(dir, `${name}.cit.json`);
  await writeFile(file, change(original));
  const started = { count: 0 };
  const checkWorkers: StartCheckWorker = () => {
    started.count += 1;
    return startSourceCheckWorker();
  };
  return { file, checkWorkers, started };
}

/** Changes the line of the record with this id. */
function onRecordLine(id: string, change: (line: string) => string) {
  return (text: string) => {
    const at = text.indexOf(`{"id":"${id}"`);
    expect(at).toBeGreaterThan(0);
    const end = text.indexOf('\n', at);
    return text.slice(0, at) + change(text.slice(at, end)) + text.slice(end);
  };
}

describe('checking a large file on several threads', () => {
  it('gives the document the check on one thread gives, keeping each record as read', async () => {
    const { file, checkWorkers, started } = await fileWith('same');
    const parallel = await loadWorkspaceFile(file, context, { checkWorkers });
    const single = await loadWorkspaceFile(file, context);
    expect(started.count).toBeGreaterThan(0);
    expect(parallel.doc).toEqual(single.doc);
    expect(parallel.checkedNow).toBe(true);
    expect(parallel.matchesFile).toBe(true);
    // Records as read keep their bytes: the first save writes them without encoding them again.
    const item = parallel.doc.actionItems[10]!;
    expect(Buffer.from(parallel.layout!.record(item)!).toString('utf8')).toBe(`${JSON.stringify(item)},\n`);
  }, 60_000);

  it('puts the checked copy in place of a record the check changes', async () => {
    const stakeholder = generateWorkspace({ scale: 0.15 }).stakeholders.at(-2)!;
    const conversation = generateWorkspace({ scale: 0.15 }).conversations.at(-3)!;
    const { file, checkWorkers } = await fileWith('changed', (text) =>
      onRecordLine(conversation.id, (line) => line.replace('{"id":', '{"__proto__":{"polluted":true},"id":'))(
        onRecordLine(stakeholder.id, (line) =>
          line.replace(
            `"name":${JSON.stringify(stakeholder.name)}`,
            `"name":${JSON.stringify(`  ${stakeholder.name}  `)}`,
          ),
        )(text),
      ),
    );
    const parallel = await loadWorkspaceFile(file, context, { checkWorkers });
    const single = await loadWorkspaceFile(file, context);
    expect(parallel.doc).toEqual(single.doc);
    // Checked on the threads (the check on one thread keeps no bytes of what it read).
    expect(parallel.layout).not.toBeNull();
    expect(parallel.doc.stakeholders.at(-2)!.name).toBe(stakeholder.name);
    const checkedConversation = parallel.doc.conversations.at(-3)!;
    expect(Object.hasOwn(checkedConversation, '__proto__')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Not what the file holds, so opening it again checks it again.
    expect(parallel.matchesFile).toBe(false);
  }, 60_000);

  it('refuses a record that is not valid with the message the check on one thread gives', async () => {
    const item = generateWorkspace({ scale: 0.15 }).actionItems.at(-5)!;
    const { file, checkWorkers } = await fileWith(
      'invalid',
      onRecordLine(item.id, (line) => line.replace(`"title":${JSON.stringify(item.title)}`, '"title":""')),
    );
    const parallel = await loadWorkspaceFile(file, context, { checkWorkers }).catch((error: unknown) => error);
    const single = await loadWorkspaceFile(file, context).catch((error: unknown) => error);
    expect(parallel).toBeInstanceOf(WorkspaceFileError);
    expect((parallel as WorkspaceFileError).details).toEqual((single as WorkspaceFileError).details);
    expect((parallel as WorkspaceFileError).details.join(' ')).toMatch(/actionItems › \d+ › title/);
  }, 60_000);

  it('checks on the main thread alone when a check thread fails', async () => {
    const { file } = await fileWith('failing-thread');
    const failing: StartCheckWorker = () => new Worker('process.exit(3)', { eval: true });
    const opened = await loadWorkspaceFile(file, context, { checkWorkers: failing });
    const single = await loadWorkspaceFile(file, context);
    expect(opened.doc).toEqual(single.doc);
  }, 60_000);

  it('lists the file as checked once a session opened it, and saves a change to it', async () => {
    const { file, checkWorkers } = await fileWith('session');
    const checkedFiles = new CheckedFilesList(path.join(dir, 'state', 'checked-files.json'));
    const first = await WorkspaceSession.open(file, { checkedFiles, checkWorkers });
    expect(first.openedWithoutFullCheck).toBe(false);
    await first.settled;
    await first.close();
    const again = await WorkspaceSession.open(file, { checkedFiles, checkWorkers });
    expect(again.openedWithoutFullCheck).toBe(true);
    expect(again.doc.stakeholders.length).toBe(first.doc.stakeholders.length);
    await again.close();

    // The records kept as read (their bytes in memory shared with the threads) are written back as they were.
    const third = await WorkspaceSession.open(file, { checkWorkers });
    await third.execute(COMMANDS.addActionItem, { title: 'Book the hall for the ceremony' });
    await third.close();
    const saved = await readFile(file, 'utf8');
    expect(saved).toContain('"title":"Book the hall for the ceremony"');
    const savedLines = new Set(saved.split('\n'));
    const people = original.split('\n').filter((line) => line.startsWith('{"id":"st-'));
    expect(people.length).toBeGreaterThan(1000);
    expect(people.filter((line) => !savedLines.has(line))).toEqual([]);
    const reopened = await loadWorkspaceFile(file, context);
    expect(reopened.doc.actionItems.at(-1)!.title).toBe('Book the hall for the ceremony');
    expect(reopened.doc.stakeholders).toEqual(third.doc.stakeholders);
  }, 60_000);
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { addActionItem, updateActionItem } from '../../src/actions/commands';
import { updateCoalition } from '../../src/coalition/commands';
import type { HistoryEntry } from '../../src/model/historyEntry';
import { WorkspaceSession } from '../../src/workspace/session';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';
import { dispatchAndSave } from '../support/safety/dispatchAndSave';
import { documentThroughApi } from '../support/safety/documentThroughApi';
import { CommandError, InputError } from '../../src/errors';

async function newSession(options: Parameters<typeof WorkspaceSession.create>[2] = {}) {
  const file = path.join(await tempDir('cit-undo-'), 'Riverside.cit.json');
  const session = await WorkspaceSession.create(file, { name: 'Start', community: '', timeZone: 'UTC' }, options);
  return { file, session };
}

const onDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

describe('undo and redo', () => {
  it('after a refused command, undo takes back the last change that happened', async () => {
    const { file, session } = await newSession();
    await session.execute(updateCoalition, { name: 'Second', community: '' });
    await expect(
      session.execute(updateActionItem, { id: 'no-such-item', changes: { title: 'x' } }),
    ).rejects.toBeInstanceOf(CommandError);
    await expect(session.execute(updateCoalition, { name: '', community: '' })).rejects.toBeInstanceOf(InputError);
    expect(session.undoDepth).toBe(1);
    expect(session.undoDescription).toBe('change coalition details to "Second"');
    await session.undo();
    expect(session.doc.coalition.name).toBe('Start');
    expect((await onDisk(file)).coalition.name).toBe('Start');
    expect(await session.undo()).toBeNull();
    await session.close();
  });

  it('a new change clears redo', async () => {
    const { session } = await newSession();
    await session.execute(updateCoalition, { name: 'A', community: '' });
    await session.undo();
    expect(session.redoDescription).toBe('change coalition details to "A"');
    await session.execute(updateCoalition, { name: 'B', community: '' });
    expect(session.redoDescription).toBeNull();
    expect(await session.redo()).toBeNull();
    expect(session.doc.coalition.name).toBe('B');
    await session.close();
  });

  it('goes back at most 500 changes, each step in order, to exactly the earlier document', async () => {
    const { file, session } = await newSession();
    const start = session.doc;
    // Fired together, the changes apply one by one and their saves join into a few writes.
    await Promise.all(
      Array.from({ length: 505 }, (_, i) => session.execute(updateCoalition, { name: `Name ${i + 1}`, community: '' })),
    );
    expect(session.doc.coalition.name).toBe('Name 505');
    expect(session.undoDepth).toBe(500);
    const undone = await Promise.all(Array.from({ length: 501 }, () => session.undo()));
    expect(undone.filter(Boolean)).toHaveLength(500);
    expect(undone.at(-1)).toBeNull();
    expect(undone.slice(0, 3).map((reply) => reply?.description)).toEqual([
      'change coalition details to "Name 505"',
      'change coalition details to "Name 504"',
      'change coalition details to "Name 503"',
    ]);
    // 505 changes, 500 undone: the document is as it was after the fifth, and so is the file.
    expect(session.doc.coalition.name).toBe('Name 5');
    expect((await onDisk(file)).coalition.name).toBe('Name 5');
    expect(session.doc.stakeholders).toEqual(start.stakeholders);
    expect(session.redoDepth).toBe(500);
    await session.redo();
    expect(session.doc.coalition.name).toBe('Name 6');
    await session.close();
  });

  it('undo and redo of a new record put it back with the same id', async () => {
    const { file, session } = await newSession();
    const added = await session.execute(addActionItem, { title: 'Book the hall' });
    await session.undo();
    expect((await onDisk(file)).actionItems).toEqual([]);
    await session.redo();
    expect((await onDisk(file)).actionItems.map((a: { id: string }) => a.id)).toEqual([added.result]);
    await session.close();
  });
});

describe('the history of changes', () => {
  it('records each change, undo and redo with when and which command, saved in the file, newest first', async () => {
    const times = [
      '2026-03-02T15:00:00.000Z',
      '2026-03-02T15:01:00.000Z',
      '2026-03-02T15:02:00.000Z',
      '2026-03-02T15:03:00.000Z',
      '2026-03-02T15:04:00.000Z',
    ];
    let tick = 0;
    const now = () => new Date(times[Math.min(tick, times.length - 1)]!);
    const dir = await tempDir('cit-history-');
    const file = path.join(dir, 'Riverside.cit.json');
    const service = new AppService(testPlatform(dir, { newFile: file }), { now, defaultTimeZone: 'UTC' });
    await dispatch(service.handlers, 'createWorkspace', { name: 'Start', community: '' });
    tick = 1;
    await dispatch(service.handlers, 'addActionItem', { title: 'Book the hall' });
    tick = 2;
    await dispatch(service.handlers, 'undo', {});
    tick = 3;
    await dispatchAndSave(service.handlers, 'redo', {});

    const reply = await dispatch(service.handlers, 'listHistory', {});
    expect(reply.ok).toBe(true);
    const history = (reply.ok ? reply.value : []) as HistoryEntry[];
    expect(history.map(({ kind, command, description, at }) => ({ kind, command, description, at }))).toEqual([
      { kind: 'redo', command: 'addActionItem', description: 'add action item "Book the hall"', at: times[3] },
      { kind: 'undo', command: 'addActionItem', description: 'add action item "Book the hall"', at: times[2] },
      { kind: 'change', command: 'addActionItem', description: 'add action item "Book the hall"', at: times[1] },
    ]);
    expect((await onDisk(file)).history).toHaveLength(3);
    expect(await dispatch(service.handlers, 'listHistory', { limit: 1 })).toMatchObject({
      ok: true,
      value: [{ kind: 'redo' }],
    });

    // The document the screen reads holds the same history.
    expect((await documentThroughApi(service.handlers)).history).toHaveLength(3);
    await service.close();
  });

  it('stays bounded: the newest entries are kept, never more than the limit plus a small step', async () => {
    const { file, session } = await newSession({ historyLimit: 50, backupIntervalMs: 3_600_000 });
    await Promise.all(
      Array.from({ length: 230 }, (_, i) => session.execute(updateCoalition, { name: `Name ${i + 1}`, community: '' })),
    );
    const saved = (await onDisk(file)).history as HistoryEntry[];
    expect(saved.length).toBeGreaterThanOrEqual(50);
    expect(saved.length).toBeLessThanOrEqual(150);
    expect(saved.at(-1)?.description).toBe('change coalition details to "Name 230"');
    const listed = session.listHistory();
    expect(listed).toHaveLength(50);
    expect(listed[0]?.description).toBe('change coalition details to "Name 230"');
    expect(listed[49]?.description).toBe('change coalition details to "Name 181"');
    await session.close();
  });

  it('a file without a history opens with an empty one; a damaged entry is left out rather than refusing the file', async () => {
    const { file, session } = await newSession();
    await session.execute(updateCoalition, { name: 'Kept', community: '' });
    await session.close();
    const doc = await onDisk(file);
    doc.history = [{ nonsense: true }, ...doc.history];
    await writeFile(file, JSON.stringify(doc));
    const reopened = await WorkspaceSession.open(file);
    expect(reopened.listHistory().map((h) => h.description)).toEqual(['change coalition details to "Kept"']);
    await reopened.close();

    delete doc.history;
    await writeFile(file, JSON.stringify(doc));
    const again = await WorkspaceSession.open(file);
    expect(again.doc.history).toEqual([]);
    await again.close();
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { DOCUMENT_PART_BYTES, type DocumentPart } from '../../src/api/workspaceMethods';
import { AppService } from '../../src/api/service';
import { COMMANDS } from '../../src/api/features';
import { WorkspaceSession } from '../../src/workspace/session';
import { documentThroughApi } from '../support/safety/documentThroughApi';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';
import { type SaveState } from '../../src/workspace/sessionTypes';

/**
 * For the screen, a change is answered as soon as it is applied and saved a moment later, so
 * typing never waits for the disk. The save must still happen, once per burst of changes, and
 * say when it is done; closing never leaves a change behind.
 */
async function backgroundSession(saveDelayMs = 40) {
  const file = path.join(await tempDir('cit-background-save-'), 'Riverside.cit.json');
  const states: Array<{ save: SaveState; savedRevision: number }> = [];
  let writes = 0;
  const session = await WorkspaceSession.create(
    file,
    { name: 'Riverside CIT', community: '', timeZone: 'UTC' },
    {
      replyBeforeSave: true,
      saveDelayMs,
      onSaveState: (save, savedRevision) => states.push({ save, savedRevision }),
      writeOptions: {
        rename: async (from, to) => {
          writes += 1;
          const { rename } = await import('node:fs/promises');
          await rename(from, to);
        },
      },
    },
  );
  return { file, session, states, writes: () => writes };
}

const nameOnDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8')).coalition.name as string;

describe('saving after the reply', () => {
  it('answers a change before it is saved, then saves it and says so', async () => {
    const { file, session, states } = await backgroundSession();
    const reply = await session.execute(COMMANDS.updateCoalition, { name: 'Renamed', community: '' });
    expect(reply.save).toEqual({ state: 'saving' });
    expect(session.saveState).toEqual({ state: 'saving' });
    expect(await nameOnDisk(file)).toBe('Riverside CIT');

    await expect.poll(() => states.length).toBe(1);
    expect(states[0]).toMatchObject({ save: { state: 'saved' }, savedRevision: reply.revision });
    expect(await nameOnDisk(file)).toBe('Renamed');
    expect(session.hasUnsavedChanges()).toBe(false);
    await session.close();
  });

  it('writes a burst of changes once', async () => {
    const { file, session, writes } = await backgroundSession(80);
    const before = writes();
    for (let i = 1; i <= 10; i += 1) await session.execute(COMMANDS.updateCoalition, { name: `Name ${i}`, community: '' });
    await session.save();
    expect(writes() - before).toBe(1);
    expect(await nameOnDisk(file)).toBe('Name 10');
    await session.close();
  });

  it('finishes a save that was still waiting when the workspace is closed', async () => {
    const { file, session } = await backgroundSession(60_000);
    await session.execute(COMMANDS.updateCoalition, { name: 'Last words', community: '' });
    await session.close();
    expect(await nameOnDisk(file)).toBe('Last words');
  });

  it('undo and redo are saved the same way', async () => {
    const { file, session } = await backgroundSession();
    await session.execute(COMMANDS.updateCoalition, { name: 'Second', community: '' });
    expect((await session.undo())?.save).toEqual({ state: 'saving' });
    await session.save();
    expect(await nameOnDisk(file)).toBe('Riverside CIT');
    await session.redo();
    await session.save();
    expect(await nameOnDisk(file)).toBe('Second');
    await session.close();
  });
});

describe('the document for the screen, through the API', () => {
  it('comes in parts of one revision that join into the document, and save-state events follow changes', async () => {
    const dir = await tempDir('cit-document-parts-');
    const file = path.join(dir, 'Riverside.cit.json');
    const platform = testPlatform(dir, { newFile: file });
    const service = new AppService(platform, { defaultTimeZone: 'UTC', saveDelayMs: 10 });
    await dispatch(service.handlers, 'createWorkspace', { name: 'Riverside CIT', community: '' });
    // Enough text for two parts: 45 policy revisions of 200,000 characters.
    const added = await dispatch(service.handlers, 'addPolicy', { title: 'Dispatch protocol', kind: 'dispatch-protocol' });
    const policyId = (added.ok ? (added.value as { result: string }).result : '') as string;
    const text = 'Policy text. '.repeat(15_000);
    for (let i = 1; i <= 45; i += 1) {
      const reply = await dispatch(service.handlers, 'addPolicyRevision', { policyId, version: `${i}.0`, date: '2026-01-05', text });
      expect(reply.ok).toBe(true);
    }

    const first = await dispatch(service.handlers, 'readWorkspaceDocument', { part: 0 });
    const part = (first.ok ? first.value : null) as DocumentPart;
    expect(part.parts).toBe(Math.ceil(part.totalBytes / DOCUMENT_PART_BYTES));
    expect(part.parts).toBeGreaterThanOrEqual(2);
    expect(part.bytes.byteLength).toBe(DOCUMENT_PART_BYTES);

    const doc = await documentThroughApi(service.handlers);
    expect(doc.policies[0]!.revisions).toHaveLength(45);
    expect(doc).toEqual(JSON.parse(JSON.stringify(service.current!.doc)));

    // A change between parts: the next part belongs to the new revision, so the screen starts again.
    await dispatch(service.handlers, 'readWorkspaceDocument', { part: 0 });
    const change = await dispatch(service.handlers, 'updateCoalition', { name: 'Renamed', community: '' });
    const second = await dispatch(service.handlers, 'readWorkspaceDocument', { part: 1 });
    expect(second.ok && (second.value as DocumentPart).revision).toBe(change.ok && (change.value as { revision: number }).revision);

    await dispatch(service.handlers, 'saveWorkspace', {});
    expect(platform.events).toContainEqual({ type: 'save-state', save: expect.objectContaining({ state: 'saved' }), savedRevision: service.current!.revision });
    await service.close();
  }, 30_000);
});

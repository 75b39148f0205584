import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/api/features';
import { CheckedFilesList } from '../../src/workspace/checkedFiles';
import { loadWorkspaceFile, serializeWorkspace } from '../../src/workspace/documentFile';
import { WorkspaceFileError } from '../../src/workspace/errors';
import { sha256 } from '../../src/workspace/hashing';
import { WorkspaceSession } from '../../src/workspace/session';
import { tempDir } from '../support/tempdir';

/**
 * Opening a file this app saved skips the full check of every field (the slowest part of opening
 * a large workspace), because the same bytes give the same, already checked, document. Any other
 * bytes, including the same file changed elsewhere, are checked in full.
 */
const context = { defaultTimeZone: 'UTC' };

async function savedWorkspace() {
  const dir = await tempDir('cit-fast-open-');
  const file = path.join(dir, 'Riverside.cit.json');
  const checkedFiles = new CheckedFilesList(path.join(dir, 'state', 'checked-files.json'));
  const session = await WorkspaceSession.create(file, { name: 'Riverside CIT', community: 'Riverside County', timeZone: 'UTC' }, { checkedFiles });
  await session.execute(COMMANDS.addActionItem, { title: 'Book the hall' });
  await session.close();
  // The save adds the file to the list without waiting for it; the list is written one entry at
  // a time, so waiting for another entry waits for that one too.
  await checkedFiles.remember('/elsewhere/other.cit.json', '0'.repeat(64));
  return { dir, file, checkedFiles };
}

describe('opening a file this app saved', () => {
  it('skips the full check, and gives the same document the full check would', async () => {
    const { file, checkedFiles } = await savedWorkspace();
    const checkedBefore = (hash: string) => checkedFiles.isChecked(file, hash);
    const fast = await loadWorkspaceFile(file, context, { checkedBefore });
    const full = await loadWorkspaceFile(file, context);
    expect(fast.checkedNow).toBe(false);
    expect(full.checkedNow).toBe(true);
    expect(fast.doc).toEqual(full.doc);
    expect(fast.hash).toBe(await sha256(await readFile(file)));

    const reopened = await WorkspaceSession.open(file, { checkedFiles });
    expect(reopened.openedWithoutFullCheck).toBe(true);
    expect(reopened.doc.actionItems.map((a) => a.title)).toEqual(['Book the hall']);
    await reopened.close();
  });

  it('checks it in full once it was changed by something else, and refuses what is not valid', async () => {
    const { file, checkedFiles } = await savedWorkspace();
    const text = await readFile(file, 'utf8');
    // Another program writes the same layout with a field no valid workspace has.
    await writeFile(file, text.replace('"title":"Book the hall"', '"title":""'));
    const error = await WorkspaceSession.open(file, { checkedFiles }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceFileError);
    expect((error as WorkspaceFileError).details.join(' ')).toMatch(/actionItems › 0 › title/);
  });

  it('checks in full a file that only claims to be written here (a copy under another name)', async () => {
    const { dir, file, checkedFiles } = await savedWorkspace();
    const copy = path.join(dir, 'Copy.cit.json');
    await writeFile(copy, await readFile(file));
    const opened = await WorkspaceSession.open(copy, { checkedFiles });
    expect(opened.openedWithoutFullCheck).toBe(false);
    await opened.close();
  });

  it('checks in full after an update of the file format, and when the list is damaged', async () => {
    const { file, checkedFiles } = await savedWorkspace();
    const listed = JSON.parse(await readFile(checkedFiles.listPath, 'utf8'));
    await writeFile(checkedFiles.listPath, JSON.stringify({ ...listed, schemaVersion: listed.schemaVersion - 1 }));
    expect(await checkedFiles.isChecked(file, await sha256(await readFile(file)))).toBe(false);
    await writeFile(checkedFiles.listPath, '{ not json');
    expect(await checkedFiles.isChecked(file, await sha256(await readFile(file)))).toBe(false);
    const opened = await WorkspaceSession.open(file, { checkedFiles });
    expect(opened.openedWithoutFullCheck).toBe(false);
    await opened.close();
  });

  it('lists a file from elsewhere after its full check when it holds exactly what this app would write', async () => {
    const { dir, file } = await savedWorkspace();
    // The same bytes reach another computer, whose list does not know them yet.
    const elsewhere = new CheckedFilesList(path.join(dir, 'other-computer', 'checked-files.json'));
    const first = await WorkspaceSession.open(file, { checkedFiles: elsewhere });
    expect(first.openedWithoutFullCheck).toBe(false);
    await first.settled;
    await first.close();
    const second = await WorkspaceSession.open(file, { checkedFiles: elsewhere });
    expect(second.openedWithoutFullCheck).toBe(true);
    await second.close();

    // One the check had to change (a field filled in with its default) is checked in full each time.
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/"status":"open",/, ''));
    const third = new CheckedFilesList(path.join(dir, 'third-computer', 'checked-files.json'));
    for (let i = 0; i < 2; i += 1) {
      const opened = await WorkspaceSession.open(file, { checkedFiles: third });
      expect(opened.openedWithoutFullCheck).toBe(false);
      expect(opened.doc.actionItems[0]!.status).toBe('open');
      await opened.settled;
      await opened.close();
    }
  });

  it('writes the file in its one-record-per-line layout, and an older indented file is read and rewritten in it', async () => {
    const { file, checkedFiles } = await savedWorkspace();
    const session = await WorkspaceSession.open(file, { checkedFiles });
    const laidOut = await readFile(file, 'utf8');
    expect(laidOut).toBe(serializeWorkspace(session.doc));
    expect(laidOut.split('\n')).toContain('"actionItems":[');
    await session.close();

    await writeFile(file, JSON.stringify(JSON.parse(laidOut), null, 2));
    const indented = await WorkspaceSession.open(file, { checkedFiles });
    expect(indented.openedWithoutFullCheck).toBe(false);
    await indented.execute(COMMANDS.updateCoalition, { name: 'Riverside CIT', community: 'Riverside' });
    expect((await readFile(file, 'utf8')).split('\n')).toContain('"actionItems":[');
    await indented.close();
  });
});

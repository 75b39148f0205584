import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/api/features';
import { WorkspaceSession } from '../../src/workspace/session';
import { listBackups } from '../../src/workspace/backups';

async function tempFile(name = 'Riverside.cit.json'): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'cit-session-')), name);
}

describe('a workspace session on a real file', () => {
  it('creates, changes, saves and reopens with everything there', async () => {
    const file = await tempFile();
    const session = await WorkspaceSession.create(file, { name: 'Riverside CIT Coalition', community: 'Riverside County', timeZone: 'America/Chicago' });
    const reply = await session.execute(COMMANDS.updateCoalition, { name: 'Riverside County CIT', community: 'Riverside County, IA' });
    expect(reply.save.state).toBe('saved');
    expect(reply.description).toContain('Riverside County CIT');

    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.coalition.name).toBe('Riverside County CIT');

    const reopened = await WorkspaceSession.open(file);
    expect(reopened.doc.coalition).toMatchObject({ name: 'Riverside County CIT', community: 'Riverside County, IA', timeZone: 'America/Chicago' });
  });

  it('undoes and redoes a change, saving each time', async () => {
    const file = await tempFile();
    const session = await WorkspaceSession.create(file, { name: 'First name', community: '' });
    await session.execute(COMMANDS.updateCoalition, { name: 'Second name', community: '' });
    expect(session.undoDescription).toBe('change coalition details to "Second name"');
    await session.undo();
    expect(JSON.parse(await readFile(file, 'utf8')).coalition.name).toBe('First name');
    await session.redo();
    expect(JSON.parse(await readFile(file, 'utf8')).coalition.name).toBe('Second name');
  });

  it('refuses a bad command input and leaves the file byte-for-byte unchanged', async () => {
    const file = await tempFile();
    const session = await WorkspaceSession.create(file, { name: 'Coalition', community: '' });
    const before = await readFile(file);
    await expect(session.execute(COMMANDS.updateCoalition, { name: 'Bad\u0007name', community: '' })).rejects.toThrow(/control character/);
    await expect(session.execute(COMMANDS.updateCoalition, { name: '', community: '' })).rejects.toThrow(/required/);
    expect(await readFile(file)).toEqual(before);
  });

  it('keeps unknown fields written by a newer app through a save', async () => {
    const file = await tempFile();
    const session = await WorkspaceSession.create(file, { name: 'Coalition', community: '' });
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.futureFeature = { kept: true };
    doc.coalition.logo = 'seal.png';
    await writeFile(file, JSON.stringify(doc));
    await session.close(); // one writer per file: the first window lets go before the second writes
    const reopened = await WorkspaceSession.open(file);
    await reopened.execute(COMMANDS.updateCoalition, { name: 'Renamed', community: '' });
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.futureFeature).toEqual({ kept: true });
    expect(saved.coalition.logo).toBe('seal.png');
    expect(await listBackups(file)).toHaveLength(1);
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/api/features';
import { CURRENT_SCHEMA_VERSION } from '../../src/workspace/document';
import { listBackups } from '../../src/workspace/backups';
import { WorkspaceFileError } from '../../src/workspace/errors';
import { WorkspaceSession } from '../../src/workspace/session';
import { tempDir } from '../support/tempdir';

async function expectRefused(file: string, problem: string, message: RegExp) {
  const before = await readFile(file);
  const error = await WorkspaceSession.open(file).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkspaceFileError);
  expect((error as WorkspaceFileError).problem).toBe(problem);
  expect((error as WorkspaceFileError).message).toMatch(message);
  expect(await readFile(file)).toEqual(before);
}

describe('opening a workspace file that is not good', () => {
  it('refuses a file that is not JSON and leaves it byte-for-byte unchanged', async () => {
    const file = path.join(await tempDir(), 'broken.cit.json');
    await writeFile(file, '{"schemaVersion": 2, "coalition": {"name": "Half a fi');
    await expectRefused(file, 'not-json', /not readable as workspace data/);
  });

  it('refuses a file that fails the schema, naming the field', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bad.cit.json');
    const session = await WorkspaceSession.create(file, { name: 'Coalition', community: '' });
    const doc = JSON.parse(await readFile(file, 'utf8'));
    doc.coalition.name = 42;
    await writeFile(file, JSON.stringify(doc));
    void session;
    const error = (await WorkspaceSession.open(file).catch((e: unknown) => e)) as WorkspaceFileError;
    expect(error.problem).toBe('invalid');
    expect(error.details.join('\n')).toMatch(/coalition › name/);
    await expectRefused(file, 'invalid', /not valid/);
  });

  it('refuses a file from a newer version of the app without touching it', async () => {
    const file = path.join(await tempDir(), 'newer.cit.json');
    await writeFile(file, JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, coalition: { name: 'Future' } }));
    await expectRefused(file, 'newer-version', /newer version/);
  });

  it('refuses a file that is some other JSON', async () => {
    const file = path.join(await tempDir(), 'other.cit.json');
    await writeFile(file, JSON.stringify([1, 2, 3]));
    await expectRefused(file, 'invalid', /not valid/);
  });

  it('says plainly when the file is missing', async () => {
    const error = (await WorkspaceSession.open(path.join(await tempDir(), 'gone.cit.json')).catch((e: unknown) => e)) as WorkspaceFileError;
    expect(error.problem).toBe('missing');
    expect(error.message).toMatch(/does not exist/);
  });

  it('opens a format-1 file, brings it up to date in memory, and writes today’s format on the next save', async () => {
    const file = path.join(await tempDir(), 'old.cit.json');
    await writeFile(
      file,
      JSON.stringify({
        schemaVersion: 1,
        coalition: { name: 'Old', jurisdiction: 'Old County', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' },
      }),
    );
    const session = await WorkspaceSession.open(file, { defaultTimeZone: 'America/New_York' });
    expect(session.migratedFrom).toBe(1);
    expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(1);
    await session.execute(COMMANDS.updateCoalition, { name: 'Old', community: 'Old County' });
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(saved.coalition.timeZone).toBe('America/New_York');
    // The format-1 original is kept as a backup.
    const [backup] = await listBackups(file);
    expect(JSON.parse(await readFile(backup!.filePath, 'utf8')).schemaVersion).toBe(1);
  });
});

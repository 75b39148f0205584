import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dispatch } from '../../../src/api/dispatcher';
import { AppService } from '../../../src/api/service';
import { tempDir } from '../tempdir';
import { dispatchAndSave } from './dispatchAndSave';
import { testPlatform } from './platform';

/**
 * A workspace the app created and saved several times, so that its backups folder holds a good
 * version: the test then damages the file and checks that opening it offers that backup. It
 * holds two people (Dana Lee, then Luis Ortiz). `text` is the file as the app wrote it, in its
 * one-record-per-line layout.
 */
export async function savedWithBackup(): Promise<{ dir: string; file: string; text: string }> {
  const dir = await tempDir('cit-hostile-');
  const file = path.join(dir, 'Riverside.cit.json');
  const service = new AppService(testPlatform(dir, { newFile: file }), { backupIntervalMs: 0, defaultTimeZone: 'UTC' });
  const created = await dispatch(service.handlers, 'createWorkspace', {
    name: 'Riverside',
    community: 'Riverside County',
  });
  if (!created.ok) throw new Error(created.error.message);
  const saved = await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Riverside CIT', community: '' });
  if (!saved.ok) throw new Error(saved.error.message);
  for (const name of ['Dana Lee', 'Luis Ortiz']) {
    const added = await dispatchAndSave(service.handlers, 'addStakeholder', { name, sector: 'mental-health' });
    if (!added.ok) throw new Error(added.error.message);
  }
  await service.close();
  return { dir, file, text: await readFile(file, 'utf8') };
}

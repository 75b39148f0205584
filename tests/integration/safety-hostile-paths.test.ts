import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, readlink, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiReply } from '../../src/api/errors';
import { AppService } from '../../src/api/service';
import { tempDir } from '../support/tempdir';
import { testPlatform } from '../support/safety/platform';

/**
 * A path chosen in the Open dialog (or given on the command line) that is no saved file: a named
 * pipe, a link to a device that never ends, a folder, or a file far larger than any workspace.
 * Each is refused at once, in plain words, before anything is read, and nothing is written
 * beside it.
 */
const QUICKLY_MS = 3_000;

/** Pipes opened for reading by a test, so that a reader still blocked on one is let go afterwards. */
const pipes: string[] = [];

afterEach(async () => {
  // A reader blocked opening a pipe (the app before this was fixed) waits for a writer: be one, then go.
  for (const pipe of pipes.splice(0)) {
    const writer = await open(pipe, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null);
    await writer?.close();
  }
});

async function openThroughApi(dir: string, target: string): Promise<ApiReply<unknown> | 'still waiting'> {
  const service = new AppService(testPlatform(dir, { open: target }), { defaultTimeZone: 'UTC' });
  const reply = dispatch(service.handlers, 'openWorkspace', {});
  const timer = new Promise<'still waiting'>((resolve) =>
    setTimeout(() => resolve('still waiting'), QUICKLY_MS).unref(),
  );
  return Promise.race([reply, timer]);
}

/** What the folder holds, each entry with its kind (and a link's target): to see that nothing was written. */
async function contentsOf(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(
    names.map(async (name) => {
      const info = await lstat(path.join(dir, name));
      if (info.isSymbolicLink()) return `${name} -> ${await readlink(path.join(dir, name))}`;
      return `${name} ${info.isFIFO() ? 'pipe' : info.isDirectory() ? 'folder' : 'file'} ${info.size} ${info.mtimeMs}`;
    }),
  );
}

async function expectRefused(dir: string, target: string, message: RegExp) {
  const before = await contentsOf(dir);
  const started = performance.now();
  const reply = await openThroughApi(dir, target);
  expect(reply).not.toBe('still waiting');
  expect(performance.now() - started).toBeLessThan(QUICKLY_MS);
  expect(reply).toMatchObject({ ok: false, error: { code: 'file' } });
  expect(reply !== 'still waiting' && !reply.ok && reply.error.message).toMatch(message);
  expect(await contentsOf(dir)).toEqual(before);
}

describe('opening a path that is not a saved workspace file', () => {
  it('a named pipe (FIFO): refused at once, without waiting for something to write to it', async () => {
    const dir = await tempDir('cit-hostile-path-');
    const pipe = path.join(dir, 'Riverside.cit.json');
    execFileSync('mkfifo', [pipe]);
    pipes.push(pipe);
    await expectRefused(dir, pipe, /is not a workspace file: it is a named pipe/);
  }, 10_000);

  it('a link to /dev/zero: refused at once, without reading a device that never ends', async () => {
    const dir = await tempDir('cit-hostile-path-');
    const link = path.join(dir, 'Riverside.cit.json');
    await symlink('/dev/zero', link);
    await expectRefused(dir, link, /is not a workspace file: it is a device/);
  }, 10_000);

  it('a folder: refused in plain words', async () => {
    const dir = await tempDir('cit-hostile-path-');
    const folder = path.join(dir, 'Riverside.cit.json');
    await mkdir(folder);
    await expectRefused(dir, folder, /is not a workspace file: it is a folder/);
  }, 10_000);

  it('a 2 GiB file (sparse, so it takes no disk): refused by its size, before it is read', async () => {
    for (const size of [2 ** 31 - 1, 2 ** 31 + 1]) {
      const dir = await tempDir('cit-hostile-path-');
      const file = path.join(dir, 'Huge.cit.json');
      await writeFile(file, '');
      await truncate(file, size);
      await expectRefused(dir, file, /This file is 2 GB, larger than any workspace the app can open/);
    }
  }, 20_000);
});

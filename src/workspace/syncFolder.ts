import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';

/**
 * The files sync keeps beside a workspace (src/sync/): its replica folder and the connection
 * settings in it. Here because only src/workspace/ touches files; sync decides what they hold.
 */

/** The text of a file, or null when it cannot be read (not there yet, or unreadable). */
export async function readTextOrNull(filePath: string): Promise<string | null> {
  try {
    return await readFile(filePath, 'utf8');
  } catch {
    return null;
  }
}

export async function writeText(filePath: string, text: string): Promise<void> {
  await writeFile(filePath, text);
}

export async function ensureFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
}

/** Removes a sync folder and everything in it; the workspace file beside it is not touched. */
export async function removeFolder(folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
}

export async function exists(filePath: string): Promise<boolean> {
  return access(filePath).then(
    () => true,
    () => false,
  );
}

import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Where a file really is, once every symbolic link on the way is followed. A workspace opened
 * through a link (a shortcut into a synced folder, say) is the same file as the one it points
 * at, so the lock, the backups and every write go by this path:
 *
 * - two windows that opened the file by different paths must find one and the same lock, or
 *   both would write;
 * - a save renames a new file over its target, and a rename over a link replaces the link with
 *   a plain file: the real file would never be updated again. Writing beside the real file and
 *   renaming over it keeps the link a link, pointing where it did;
 * - the backups belong with the data they back up (in the synced folder), not with a link.
 *
 * A file that does not exist yet (a new workspace, a link to a file not made yet) is the real
 * folder plus its name. Anything the system refuses to resolve (a loop of links, a folder that
 * may not be read) is left as given, so the read or write that follows says what is wrong.
 */
export async function realPathOf(filePath: string): Promise<string> {
  let current = path.resolve(filePath);
  // The system's own limit on links in a row is 40 (ELOOP).
  for (let hops = 0; hops < 40; hops += 1) {
    try {
      return await fs.realpath(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return current;
    }
    let target: string;
    try {
      target = await fs.readlink(current);
    } catch {
      // Not a link: a file still to be made, in a folder that may itself be reached by a link.
      return path.join(
        await fs.realpath(path.dirname(current)).catch(() => path.dirname(current)),
        path.basename(current),
      );
    }
    current = path.resolve(path.dirname(current), target);
  }
  return current;
}

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';
import { parseJsonSafely } from './safeJson';

/** The File › Open Recent list, kept in a small JSON file of the app's own. */
const RecentList = z.array(
  z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() }),
);
export type RecentList = z.infer<typeof RecentList>;

const MAX_RECENT = 10;

export async function readRecent(listPath: string): Promise<RecentList> {
  try {
    const parsed = RecentList.safeParse(parseJsonSafely(await fs.readFile(listPath, 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    // A missing or damaged list only costs the user their recent entries.
    return [];
  }
}

export async function rememberRecent(listPath: string, filePath: string, name: string, now: Date): Promise<RecentList> {
  const list = (await readRecent(listPath)).filter((entry) => entry.path !== filePath);
  list.unshift({ path: filePath, name, openedAt: now.toISOString() });
  const trimmed = list.slice(0, MAX_RECENT);
  await fs.mkdir(path.dirname(listPath), { recursive: true });
  await writeFileAtomic(listPath, JSON.stringify(trimmed, null, 2));
  return trimmed;
}

export async function forgetRecent(listPath: string, filePath: string): Promise<RecentList> {
  const list = (await readRecent(listPath)).filter((entry) => entry.path !== filePath);
  await fs.mkdir(path.dirname(listPath), { recursive: true });
  await writeFileAtomic(listPath, JSON.stringify(list, null, 2));
  return list;
}

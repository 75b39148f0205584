import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh folder under the system temp folder for one test's real files. */
export function tempDir(prefix = 'cit-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { present } from './prerequisites';

const run = promisify(execFile);

/**
 * Whether LibreOffice is installed. A developer's machine may not have it; in CI its absence
 * fails the test that asked (see prerequisites.ts), since .ci/run installs it.
 */
export async function hasLibreOffice(): Promise<boolean> {
  let found: boolean;
  try {
    await run('soffice', ['--version'], { timeout: 30_000 });
    found = true;
  } catch {
    found = false;
  }
  return present(found, 'LibreOffice (soffice)', '.ci/run installs the Debian package libreoffice-writer-nogui');
}

/**
 * Converts a .docx to PDF with LibreOffice, as a reader's word processor would open it, and
 * returns the page count. Throws if LibreOffice cannot open the document.
 */
export async function convertWithLibreOffice(bytes: Uint8Array, name = 'export.docx'): Promise<{ pages: number; pdf: Buffer }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cit-lo-'));
  const profile = await mkdtemp(path.join(tmpdir(), 'cit-lo-profile-'));
  try {
    const input = path.join(dir, name);
    await writeFile(input, bytes);
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { timeout: 120_000 });
    const pdf = await readFile(path.join(dir, name.replace(/\.docx$/, '.pdf')));
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    return { pages, pdf };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../host/testHost';
import { settle } from './axe';

export const SCREENS_DIR = path.join(REPO_ROOT, 'test-results', 'screens');

/**
 * Saves what the page shows as test-results/screens/<name>.png (animations finished, caret
 * hidden) and returns the path; `copyTo` also copies it (e.g. into docs/screenshots/).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean; copyTo?: string } = {},
): Promise<string> {
  await settle(page);
  await mkdir(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
  if (options.copyTo) {
    const target = path.resolve(REPO_ROOT, options.copyTo);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(file, target);
  }
  return file;
}

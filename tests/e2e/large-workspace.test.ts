import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generator/workspace';
import { writeWorkspaceFile } from '../../bench/generator/write';
import { DOCUMENT_PART_BYTES } from '../../src/api/workspaceMethods';
import { tempDir } from '../support/tempdir';
import { checkAccessibility } from './support/axe';
import { startApp, type RunningApp } from './support/app';
import { screenshot } from './support/screenshot';

/**
 * A workspace larger than one part of the document (a regional program, a fifth of the ten-year
 * statewide benchmark): the window shows how far opening has got, reads every part, shows every
 * person, and a change made on screen is answered at once and saved a moment later.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('a large workspace in the browser', () => {
  it('shows the opening progress, then every record, and saves a change made on screen', async () => {
    const doc = generateWorkspace({ scale: 0.2 });
    const file = path.join(await tempDir('cit-e2e-large-'), 'Regional CIT.cit.json');
    await writeWorkspaceFile(doc, file);

    app = await startApp({ workspace: file, load: false });
    const { page, host } = app;
    // Hold back every part after the first, so the opening screen can be looked at.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const partsServed: number[] = [];
    await page.route('**/api/readWorkspaceDocument', async (route) => {
      const part = JSON.parse(route.request().postData() ?? '{}').part as number;
      partsServed.push(part);
      if (part > 0) await released;
      await route.continue();
    });

    // The dashboard reads the whole document, in parts behind a progress bar.
    await page.goto(`${host.url}#/`);
    const opening = page.getByRole('status').filter({ hasText: 'Opening “Regional CIT.cit.json”' });
    await opening.waitFor();
    const bar = opening.getByRole('progressbar');
    await expect.poll(async () => Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeLessThan(100);
    await checkAccessibility(page, 'the opening screen');
    await screenshot(page, 'large-workspace-opening');

    release();
    await app.waitForScreen('shell');
    expect(Math.max(...partsServed) + 1).toBe(Math.ceil(Buffer.byteLength(JSON.stringify(doc)) / DOCUMENT_PART_BYTES));
    await page.getByRole('navigation').getByRole('link', { name: 'Stakeholders' }).click();
    const count = page.getByTestId('stakeholder-count');
    await expect.poll(() => count.textContent()).toBe(`${doc.stakeholders.length.toLocaleString('en-US')} people`);

    // A change: answered at once, then "Saved" once it is in the file.
    const person = doc.stakeholders.find((p) => p.stage !== 'steering-committee')!;
    await page.getByRole('textbox', { name: 'Search' }).fill(person.email || person.name);
    await page.getByRole('button', { name: person.name, exact: true }).first().click();
    const drawer = page.getByRole('dialog', { name: person.name });
    await drawer.waitFor();
    await drawer.getByRole('button', { name: 'Change stage' }).click();
    const stageDialog = page.getByRole('dialog', { name: `Change ${person.name}’s stage` });
    await stageDialog.getByLabel('New stage').click();
    await page.getByRole('option', { name: 'Steering committee member' }).click();
    await stageDialog.getByRole('button', { name: 'Change stage' }).click();
    await page.getByRole('banner').getByText('Saved', { exact: true }).waitFor();
    const saved = await app.readWorkspace();
    expect(saved.stakeholders.find((p) => p.id === person.id)?.stage).toBe('steering-committee');
    app.expectNoPageErrors();
  });

  it('shows the stakeholder list from its own part of the document while the rest is still being read', async () => {
    const doc = generateWorkspace({ scale: 0.2 });
    const file = path.join(await tempDir('cit-e2e-large-'), 'Regional CIT.cit.json');
    await writeWorkspaceFile(doc, file);
    app = await startApp({ workspace: file, load: false });
    const { page, host } = app;
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const reads: string[][] = [];
    await page.route('**/api/readWorkspaceDocument', async (route) => {
      const fields = (JSON.parse(route.request().postData() ?? '{}').fields ?? ['everything']) as string[];
      reads.push(fields);
      if (fields.includes('meetings')) await released;
      await route.continue();
    });

    await page.goto(`${host.url}#/stakeholders`);
    await app.waitForScreen('shell');
    const count = page.getByTestId('stakeholder-count');
    await expect.poll(() => count.textContent()).toBe(`${doc.stakeholders.length.toLocaleString('en-US')} people`);
    expect(reads[0]).toEqual(['schemaVersion', 'coalition', 'stakeholders', 'organizations']);
    // The search works on the part already here.
    const person = doc.stakeholders[3]!;
    await page.getByRole('textbox', { name: 'Search' }).fill(person.name);
    await page.getByRole('button', { name: person.name, exact: true }).first().waitFor();

    // A page that reads more waits for the rest, and says so.
    await page.getByRole('navigation').getByRole('link', { name: 'Meetings' }).click();
    await page.getByRole('status').filter({ hasText: 'Opening the rest of the coalition…' }).waitFor();
    release();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await page.getByText(doc.meetings[0]!.title).first().waitFor();
    expect(reads.length).toBeGreaterThan(1);
    app.expectNoPageErrors();
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandResult, MethodInput } from '../../src/api/contract';
import type { CommandName } from '../../src/api/features';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { WorkspaceSession } from '../../src/workspace/session';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';
import { categoryId, run, withEvent } from '../support/fixtures/recognition-fixture';
import { checkAccessibility, screenshot, startApp, type RunningApp } from './support';

/**
 * Fair judging in Chromium against a real file: a reviewer declares a conflict of interest on a
 * nomination and is left out of its score (undone and redone), the coordinator follows each
 * reviewer's progress, blind review hides every nominee's and nominator's name from the review
 * screen, and the ceremony's name tents are saved. Reopening keeps it all.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const EVENT = '2025 CIT Awards';
/** Everyone whose name blind review must keep from the reviewers: nominees and nominators. */
const HIDDEN = ['Dana Whitfield', 'Sam Rivera', 'Jo Park', 'Luis Ortega', 'Maria Lopez', 'Judge Helen Park'];

/**
 * The fixture coalition's awards night with three nominations and a committee of three who have
 * begun scoring: Dana Whitfield's nomination has 5, 4 and 1 (3.33 on average), Sam Rivera's one 4.
 */
async function workspace(): Promise<string> {
  const start = withEvent();
  let doc: WorkspaceDocument = start.doc;
  const { eventId } = start;
  const step = <C extends CommandName>(name: C, input: MethodInput<C>): CommandResult<C> => {
    const out = run(doc, name, input);
    doc = out.doc;
    return out.result;
  };
  const award = (name: string) => categoryId(doc, eventId, name);
  const dana = step('addNomination', {
    eventId,
    categoryId: award('CIT Officer of the Year'),
    nomineeId: 'p-officer',
    nominatedById: 'p-clinician',
    story: 'The officer sat with a young man on a bridge railing for two hours and talked him down.',
  });
  const sam = step('addNomination', {
    eventId,
    categoryId: award('Lived Experience Award'),
    nomineeId: 'p-peer',
    nominatedByName: 'Maria Lopez',
    story: 'Told their own story at every academy class this year.',
  });
  step('addNomination', {
    eventId,
    categoryId: award('Dispatcher / 911 of the Year'),
    nomineeName: 'Jo Park',
    nomineeAgency: 'Metro 911',
    nominatedById: 'p-chair',
    story: 'Heard the crisis in the caller’s voice and sent the CIT team.',
  });
  step('setSelectionCommittee', { eventId, reviewerIds: ['p-rev1', 'p-rev2', 'p-rev3'] });
  for (const [reviewerId, score] of [
    ['p-rev1', 5],
    ['p-rev2', 4],
    ['p-rev3', 1],
  ] as const)
    step('scoreNomination', { eventId, nominationId: dana, reviewerId, score, comment: '' });
  step('scoreNomination', { eventId, nominationId: sam, reviewerId: 'p-rev1', score: 4, comment: '' });
  const file = path.join(await tempDir('cit-e2e-fair-judging-'), 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(file, doc)).close();
  return file;
}

/** Every word the screen offers: its text, and the accessible names and descriptions of all it holds. */
async function everythingSaid(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  const tree = await page.locator('body').ariaSnapshot();
  const attributes = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')]
      .flatMap((el) => ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'].map((a) => el.getAttribute(a)))
      .filter(Boolean)
      .join('\n'),
  );
  return [await page.title(), text, tree, attributes].join('\n');
}

function expectNoHiddenName(said: string, where: string) {
  const leaks = said.split('\n').filter((line) => HIDDEN.some((name) => line.includes(name)));
  expect(leaks, `names shown on ${where}`).toEqual([]);
}

describe('fair judging in the browser', () => {
  it('leaves a conflicted reviewer out of the score, hides names under blind review, and keeps it all', async () => {
    const file = await workspace();
    app = await startApp({ workspace: file, route: '/recognition' });
    const { page } = app;
    await page.getByRole('link', { name: EVENT }).click();
    await page.getByRole('tab', { name: 'Committee review' }).click();

    // The coordinator's panel: each reviewer's scored, conflicts declared, and left.
    const progress = page.getByRole('table', { name: 'Reviewer progress' });
    await progress.getByRole('row', { name: /^Alex Kim\s+2\s+0\s+1$/ }).waitFor();
    await progress.getByRole('row', { name: /^Beth Moreno\s+1\s+0\s+2$/ }).waitFor();
    await progress.getByRole('row', { name: /^Chris Dube\s+1\s+0\s+2$/ }).waitFor();
    const officer = page
      .getByRole('table', { name: 'Ranking for CIT Officer of the Year' })
      .getByTestId('ranking-row')
      .first();
    await officer.getByText('3.33').waitFor();
    await expect(officer.innerText()).resolves.toMatch(/Dana Whitfield\s+3\.33 \(3\)/);

    // Chris Dube declares a conflict on Dana Whitfield's nomination: the 1 no longer counts.
    await page.getByRole('button', { name: 'Score Dana Whitfield' }).click();
    let dialog = page.getByRole('dialog', { name: 'Score: Dana Whitfield' });
    await dialog.getByRole('combobox', { name: 'Reviewer' }).click();
    await page.getByRole('option', { name: 'Chris Dube' }).click();
    await dialog.getByLabel('Comment').fill('Trained alongside the officer for years.');
    await dialog
      .getByRole('button', { name: 'Chris Dube has a conflict of interest: leave them out of this score' })
      .click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Chris Dube has stepped away from Dana Whitfield; their score is left out.').waitFor();
    await expect.poll(() => officer.innerText()).toMatch(/Dana Whitfield\s+4\.50 \(2\)/);
    await progress.getByRole('row', { name: /^Chris Dube\s+0\s+1\s+2$/ }).waitFor();
    // Nor is Chris Dube offered as a reviewer of that nomination any more.
    await page.getByRole('button', { name: 'Score Dana Whitfield' }).click();
    dialog = page.getByRole('dialog', { name: 'Score: Dana Whitfield' });
    await dialog.getByRole('combobox', { name: 'Reviewer' }).click();
    await page.getByRole('option', { name: 'Alex Kim' }).waitFor();
    expect(await page.getByRole('option', { name: 'Chris Dube' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.mouse.move(0, 0);
    await checkAccessibility(page, 'the review with a conflict declared');
    await screenshot(page, 'fair-judging-conflict', { fullPage: true });

    // Undone with Ctrl+Z, the score counts again; redone with Ctrl+Shift+Z, it is left out again.
    await page.getByRole('heading', { name: 'Reviewer progress' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => officer.innerText()).toMatch(/Dana Whitfield\s+3\.33 \(3\)/);
    await progress.getByRole('row', { name: /^Chris Dube\s+1\s+0\s+2$/ }).waitFor();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => officer.innerText()).toMatch(/Dana Whitfield\s+4\.50 \(2\)/);
    await progress.getByRole('row', { name: /^Chris Dube\s+0\s+1\s+2$/ }).waitFor();
    let saved = (await app.readWorkspace()).recognitionEvents[0]!;
    expect(saved.nominations[0]!.conflicts).toMatchObject([
      { reviewerId: 'p-rev3', reason: 'Trained alongside the officer for years.' },
    ]);
    // The score given before the declaration stays in the file, uncounted.
    expect(saved.nominations[0]!.reviews.map((r) => r.reviewerId)).toContain('p-rev3');

    // Blind review: the review screen names nominations by number, nowhere by person.
    // The switch shows what the file holds: it turns on when the change is answered, not at the click.
    await page.getByRole('switch', { name: 'Blind review' }).click();
    await page.getByRole('switch', { name: 'Blind review', checked: true }).waitFor();
    await page.getByText('Blind review is on: names are hidden while scoring.').waitFor();
    await page.getByRole('button', { name: 'Score Nomination 1' }).waitFor();
    await expect(officer.innerText()).resolves.toMatch(/Nomination 1\s+4\.50 \(2\)/);
    expectNoHiddenName(await everythingSaid(page), 'the blind review screen');

    // The scoring dialog and what it says once saved.
    await page.getByRole('button', { name: 'Score Nomination 3' }).click();
    dialog = page.getByRole('dialog', { name: 'Score: Nomination 3' });
    await dialog.getByText('Heard the crisis in the caller’s voice', { exact: false }).waitFor();
    expectNoHiddenName(await everythingSaid(page), 'the blind scoring dialog');
    await dialog.getByRole('radio', { name: '4', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save score' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Score saved for Nomination 3.').waitFor();

    // Choosing an honoree from the same screen: its button, its question and its message by number too.
    await page.getByRole('button', { name: 'Select as honoree: Nomination 1' }).click();
    await page.getByText('Nomination 1 is an honoree.').waitFor();
    await page.getByRole('button', { name: 'Select as honoree: Nomination 2' }).click();
    const early = page.getByRole('dialog', { name: 'Not every reviewer has scored' });
    await early.getByText('2 reviewers have not scored this nomination yet', { exact: false }).waitFor();
    expectNoHiddenName(await everythingSaid(page), 'the early selection question');
    await early.getByRole('button', { name: 'Select Nomination 2 anyway' }).click();
    await early.waitFor({ state: 'hidden' });
    await page.getByText('Nomination 2 is an honoree.').waitFor();
    expectNoHiddenName(await everythingSaid(page), 'the blind review screen after choosing honorees');
    await page.mouse.move(0, 0);
    await checkAccessibility(page, 'the blind review');
    await screenshot(page, 'fair-judging-blind', { fullPage: true });

    // The ceremony's name tents: a run of show for the speakers, then the tents, from the screen.
    await page.getByRole('tab', { name: 'Run of show' }).click();
    await page.getByRole('button', { name: 'Draft a run of show' }).click();
    await page.getByTestId('segment-row').first().waitFor();
    await page.getByRole('tab', { name: 'Program & certificates' }).click();
    await page.getByRole('button', { name: 'Save name tents (.docx)' }).click();
    const tentsName = `${EVENT} - name tents.docx`;
    await page.getByText(`Saved ${tentsName}.`).waitFor({ timeout: 60_000 });
    const bytes = await readFile(path.join(app.exportsDir, tentsName));
    const tents = await readDocx(bytes);
    expect(tents.paragraphs).toContain('Dana Whitfield');
    expect(tents.text).toContain('CIT Officer of the Year · Riverside Police Department');
    expect(tents.paragraphs).toContain('Priya Natarajan');
    // Sam Rivera asked not to be named: a blank tent, never the name.
    expect(tents.text).not.toContain('Sam Rivera');
    expect(tents.xml).toContain('Upside down, to read from the other side: Dana Whitfield');
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(bytes, 'tents.docx')).pages).toBe(tents.sectionCount);
    app.expectNoPageErrors();

    // Closed and opened again: the conflict, blind review and the honorees are kept.
    saved = (await app.readWorkspace()).recognitionEvents[0]!;
    await app.close();
    app = await startApp({ workspace: file, route: '/recognition' });
    const again = app.page;
    await again.getByRole('link', { name: EVENT }).click();
    await again.getByRole('tab', { name: 'Committee review' }).click();
    expect(await again.getByRole('switch', { name: 'Blind review' }).isChecked()).toBe(true);
    await again
      .getByRole('table', { name: 'Reviewer progress' })
      .getByRole('row', { name: /^Chris Dube\s+0\s+1\s+2$/ })
      .waitFor();
    const officerAgain = again
      .getByRole('table', { name: 'Ranking for CIT Officer of the Year' })
      .getByTestId('ranking-row')
      .first();
    await expect.poll(() => officerAgain.innerText()).toMatch(/Nomination 1\s+4\.50 \(2\)/);
    await officerAgain.getByText('Selected (honoree)').waitFor();
    expectNoHiddenName(await everythingSaid(again), 'the blind review screen after reopening');
    const reopened = (await app.readWorkspace()).recognitionEvents[0]!;
    expect(reopened.blindReview).toBe(true);
    expect(reopened.nominations.map((n) => [n.status, n.conflicts.length])).toEqual(
      saved.nominations.map((n) => [n.status, n.conflicts.length]),
    );
    app.expectNoPageErrors();
  }, 300_000);
});

import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../../src/workspace/session';
import { tempDir } from '../support/tempdir';
import { coalition } from '../support/fixtures/policies-fixture';
import { checkAccessibility, coalitionDay, screenshot, startApp, type RunningApp } from './support';

/**
 * A CIT coordinator's first class, in Chromium against a real file: add the 40-hour course, plan
 * a class that ended yesterday with an instructor, enrol a trainee, mark everyone completed, undo
 * it and do it again from the trainee's own status, then reload and find it all in the file.
 */
let app: RunningApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function workspace(): Promise<string> {
  const file = path.join(await tempDir('cit-e2e-training-'), 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(file, coalition())).close();
  return file;
}

describe('training in the browser', () => {
  it(
    'adds a course, a class and a trainee, marks them completed, undoes it, and keeps it after reopening',
    { timeout: 300_000 },
    async () => {
      app = await startApp({ workspace: await workspace(), route: '/training' });
      const { page } = app;
      const timeZone = coalition().coalition.timeZone;

      await page.getByText('No courses yet.', { exact: false }).waitFor();
      await checkAccessibility(page, 'the empty training area');
      await page.getByRole('button', { name: 'New course' }).click();
      const courseDialog = page.getByRole('dialog', { name: 'New course' });
      await courseDialog.getByLabel('Course name').fill('CIT 40-hour course');
      await courseDialog.getByRole('textbox', { name: 'Hours' }).fill('40');
      await courseDialog.getByRole('button', { name: 'Add course' }).click();
      await page.getByRole('heading', { level: 1, name: 'Training' }).waitFor();
      await page
        .getByRole('table', { name: 'Courses' })
        .getByRole('row', { name: /CIT 40-hour course/ })
        .waitFor();

      await page.getByRole('button', { name: 'New class' }).click();
      const classDialog = page.getByRole('dialog', { name: 'New class' });
      await classDialog.getByRole('textbox', { name: 'First day' }).fill(coalitionDay(timeZone, -5));
      await classDialog.getByRole('textbox', { name: 'Last day' }).fill(coalitionDay(timeZone, -1));
      await classDialog.getByLabel('Place', { exact: true }).fill('Sheriff’s training room');
      await classDialog.getByRole('combobox', { name: 'Instructors' }).click();
      await page.getByRole('option', { name: 'Sgt. Ray Ortiz — Riverside County Sheriff’s Office' }).click();
      await page.keyboard.press('Escape');
      await checkAccessibility(page, 'the new class form');
      await screenshot(page, 'training-class-form');
      await classDialog.getByRole('button', { name: 'Plan class' }).click();

      await page.getByRole('heading', { level: 1, name: 'CIT 40-hour course' }).waitFor();
      await page.getByText('Sgt. Ray Ortiz', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Add trainee' }).click();
      const traineeDialog = page.getByRole('dialog', { name: 'Add trainee' });
      await traineeDialog.getByLabel('Trainee name').fill('Sam Reyes');
      await traineeDialog.getByRole('combobox', { name: 'Agency' }).click();
      await page.getByRole('option', { name: 'Riverside County Sheriff’s Office' }).click();
      await traineeDialog.getByRole('button', { name: 'Add trainee' }).click();
      const trainees = page.getByRole('table', { name: /Trainees/ });
      await trainees.getByRole('row', { name: /Sam Reyes Riverside County Sheriff’s Office Officer/ }).waitFor();

      await page.getByRole('button', { name: 'Mark all enrolled completed' }).click();
      await page.getByText('Marked 1 trainee completed.').waitFor();
      const status = page.getByRole('combobox', { name: 'Status of Sam Reyes' });
      expect(await status.inputValue()).toBe('Completed');
      expect((await app.readWorkspace()).trainingClasses[0]!.trainees[0]).toMatchObject({
        status: 'completed',
        completedOn: coalitionDay(timeZone, -1),
      });

      await page.mouse.move(0, 0);
      await checkAccessibility(page, 'a class page');
      await screenshot(page, 'training-class', { fullPage: true });

      // Undo puts the trainee back to enrolled, on screen and in the file.
      await app.menu('undo');
      await page
        .getByRole('button', { name: 'Mark all enrolled completed' })
        .and(page.locator(':not([disabled])'))
        .waitFor();
      expect(await status.inputValue()).toBe('Enrolled');
      expect((await app.readWorkspace()).trainingClasses[0]!.trainees[0]!.status).toBe('enrolled');

      // Completed again, from the trainee's own status.
      await status.click();
      await page.getByRole('option', { name: 'Completed' }).click();
      await page.getByRole('button', { name: 'Mark all enrolled completed' }).and(page.locator('[disabled]')).waitFor();

      await page.reload();
      await app.waitForScreen('shell');
      await page.getByRole('heading', { level: 1, name: 'CIT 40-hour course' }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Status of Sam Reyes' }).inputValue()).toBe('Completed');
      const saved = await app.readWorkspace();
      expect(saved.trainingCourses).toMatchObject([{ name: 'CIT 40-hour course', kind: 'cit-40', hours: 40 }]);
      expect(saved.trainingClasses[0]).toMatchObject({ place: 'Sheriff’s training room', instructorIds: ['st-ortiz'] });
      expect(saved.trainingClasses[0]!.trainees[0]).toMatchObject({
        name: 'Sam Reyes',
        organizationId: 'org-sheriff',
        status: 'completed',
      });

      await page.getByRole('link', { name: 'All training' }).click();
      await page
        .getByRole('table', { name: 'Agencies trained against their target' })
        .getByRole('row', { name: /Riverside County Sheriff’s Office/ })
        .waitFor();
      await screenshot(page, 'training-overview', { fullPage: true });
      app.expectNoPageErrors();
    },
  );
});

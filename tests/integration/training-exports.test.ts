import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiReply } from '../../src/api/errors';
import type { SavedExport } from '../../src/api/context';
import { AppService } from '../../src/api/service';
import { WorkspaceSession } from '../../src/workspace/session';
import { createHostPlatform } from '../e2e/host/platform';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';
import { coalition } from '../support/fixtures/policies-fixture';

/**
 * The training prints end to end: a workspace on disk opened by the app's service, every change
 * sent through the API dispatcher as the screen sends it, each .docx read back and opened by
 * LibreOffice. Classes are dated well before the real clock's today so they count as held.
 */
let service: AppService;
let classId: string;

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = (await dispatch(service.handlers, method, input)) as ApiReply<T>;
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}
const change = async (method: string, input: unknown) => (await call<{ result: unknown }>(method, input)).result;

async function exported(method: string, input: unknown): Promise<Buffer> {
  const saved = await call<SavedExport | null>(method, input);
  expect(saved!.fileName).toMatch(/\.docx$/);
  return readFile(saved!.filePath);
}

const LONG_NAME = 'Maria de los Ángeles Villanueva-Castellanos';

beforeAll(async () => {
  const dir = await tempDir('cit-training-');
  const workspacePath = path.join(dir, 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(workspacePath, coalition())).close();
  const platform = createHostPlatform({
    workspacePath,
    stateDir: dir,
    samplePath: workspacePath,
    appVersion: 'test',
    notify: () => undefined,
  });
  service = new AppService(platform);
  await service.openPath(workspacePath);

  const course = await change('addCourse', { name: 'CIT 40-hour course', kind: 'cit-40', hours: 40 });
  const old = (await change('addTrainingClass', {
    courseId: course,
    startsOn: '2020-03-02',
    endsOn: '2020-03-06',
    place: 'Sheriff’s training room',
  })) as string;
  await change('addTrainee', { classId: old, name: 'Overdue Olsen', organizationId: 'org-sheriff' });
  await change('completeEnrolledTrainees', { classId: old });

  classId = (await change('addTrainingClass', {
    courseId: course,
    startsOn: '2025-01-13',
    endsOn: '2025-01-17',
    place: 'Riverbend Crisis Center, Room 2',
    instructorIds: ['st-ortiz'],
    panelSpeakerIds: ['st-lee'],
  })) as string;
  for (const [name, organizationId, role] of [
    ['Sam Reyes', 'org-sheriff', 'officer'],
    [LONG_NAME, 'org-sheriff', 'officer'],
    ['Kim Dale', 'org-dispatch', 'dispatcher'],
    ['Left Early', 'org-sheriff', 'officer'],
  ] as const)
    await change('addTrainee', { classId, name, organizationId, role });
  const leftEarly = service.current!.doc.trainingClasses.find((c) => c.id === classId)!.trainees[3]!.id;
  await change('setTraineeStatus', { classId, traineeId: leftEarly, status: 'did-not-complete' });
  await change('completeEnrolledTrainees', { classId });
  await change('setAgencyStaffing', { organizationId: 'org-sheriff', swornOfficers: 12 });
});

describe('the class roster (.docx)', () => {
  it('lists every trainee with a signature column and blank lines for walk-ins', async () => {
    const { text, paragraphs } = await readDocx(await exported('exportClassRosterDocx', { classId }));
    expect(text).toContain('Sign-in sheet');
    expect(text).toContain('Signature');
    for (const name of ['Sam Reyes', LONG_NAME, 'Kim Dale', 'Left Early', 'Sgt. Ray Ortiz', 'Dana Lee'])
      expect(text).toContain(name);
    expect(text).toContain('13 Jan 2025 – 17 Jan 2025');
    expect(paragraphs).toContain('8'); // four trainees and four blank lines
  });
});

describe('the certificates (.docx)', () => {
  it('has one landscape page for each trainee who completed, and none for who did not', async () => {
    const bytes = await exported('exportCompletionCertificatesDocx', { classId });
    const { paragraphs, sectionCount, landscapeSections } = await readDocx(bytes);
    expect(sectionCount).toBe(3);
    expect(landscapeSections).toBe(3);
    const pages = paragraphs.join('\n').split('Certificate of Completion').slice(1);
    expect(pages.map((p) => p.split('\n')[2])).toEqual(['Kim Dale', LONG_NAME, 'Sam Reyes']);
    expect(pages.join('')).not.toContain('Left Early');
    expect(pages[0]).toContain('40 hours  ·  Friday, January 17, 2025');
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(bytes, 'certificates.docx')).pages).toBe(3);
  });
});

describe('the training summary (.docx)', () => {
  it('counts classes, completions by agency and role, coverage and refreshers, without naming trainees', async () => {
    const bytes = await exported('exportTrainingSummaryDocx', { from: '2025-01-01', to: '2025-12-31' });
    const { text } = await readDocx(bytes);
    expect(text).toContain('1 class held, 3 completions, 1 person overdue');
    expect(text).toContain('Riverside County Sheriff’s Office');
    expect(text).toContain('Target met'); // 3 of 12 officers trained: 25%
    expect(text).toContain('1 person is overdue');
    expect(text).not.toContain('Sam Reyes');
    expect(text).not.toContain('Overdue Olsen');
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(bytes, 'summary.docx')).pages).toBeGreaterThanOrEqual(1);
  });

  it('refuses a period that ends before it begins', async () => {
    const reply = (await dispatch(service.handlers, 'exportTrainingSummaryDocx', {
      from: '2025-12-31',
      to: '2025-01-01',
    })) as ApiReply<unknown>;
    expect(reply.ok).toBe(false);
  });
});

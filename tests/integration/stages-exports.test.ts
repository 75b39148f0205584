import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SavedExport } from '../../src/api/context';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiReply } from '../../src/api/errors';
import { AppService } from '../../src/api/service';
import { WITHHELD_NAME } from '../../src/stakeholders/privacy';
import { WorkspaceSession } from '../../src/workspace/session';
import { createHostPlatform, type HostPlatform } from '../e2e/host/platform';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';

/**
 * The "where we are" progress report and the steering committee status report, end to end on
 * real files: a workspace on disk opened by the app's service, every change sent through the API
 * dispatcher as the screen sends it, the .docx written where the "dialog" points, read back and
 * opened by LibreOffice. The clock is fixed at 20 Oct 2025 in Chicago.
 */
const NOW = new Date('2025-10-20T15:00:00Z');
let service: AppService;
let platform: HostPlatform;
let dir: string;

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = (await dispatch(service.handlers, method, input)) as ApiReply<T>;
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

async function change<T = string>(method: string, input: unknown): Promise<T> {
  return (await call<{ result: T }>(method, input)).result;
}

async function exported(method: string, input: unknown, keepAs?: string): Promise<Buffer> {
  const saved = await call<SavedExport | null>(method, input);
  expect(saved).not.toBeNull();
  expect(saved!.fileName).toMatch(/\.docx$/);
  const bytes = await readFile(saved!.filePath);
  // Kept for a person to render and look at (docx-look.sh), when asked for.
  if (keepAs && process.env.CIT_KEEP_EXPORTS) {
    await mkdir(process.env.CIT_KEEP_EXPORTS, { recursive: true });
    await writeFile(path.join(process.env.CIT_KEEP_EXPORTS, keepAs), bytes);
  }
  return bytes;
}

/** Asserts the paragraphs appear in this order (others may come between). */
function expectInOrder(paragraphs: string[], expected: string[]): void {
  let from = 0;
  for (const wanted of expected) {
    const at = paragraphs.findIndex((p, i) => i >= from && p === wanted);
    expect(at, `"${wanted}" after paragraph ${from}`).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

beforeAll(async () => {
  dir = await tempDir('cit-stages-');
  const workspacePath = path.join(dir, 'Riverside.cit.json');
  await (
    await WorkspaceSession.create(workspacePath, { name: 'Riverside County CIT Coalition', community: 'Riverside County', timeZone: 'America/Chicago' }, { now: () => NOW })
  ).close();
  platform = createHostPlatform({ workspacePath, stateDir: dir, samplePath: workspacePath, appVersion: 'test', notify: () => undefined });
  service = new AppService(platform, { now: () => NOW });
  await service.openPath(workspacePath);

  const ortiz = await change('addStakeholder', { name: 'Sgt. Ray Ortiz', title: 'Sheriff’s office liaison', sector: 'law-enforcement', stage: 'steering-committee' });
  await change('addStakeholder', { name: 'Dana Lee', sector: 'mental-health', roles: ['chair'], stage: 'steering-committee' });
  const quiet = await change('addStakeholder', { name: 'Avery Quiet', title: 'Peer specialist', sector: 'peer', privacy: 'private', roles: ['workgroup-lead'] });
  await change('logConversation', { stakeholderIds: [ortiz], date: '2025-09-02', summary: 'First call' });
  await change('logConversation', { stakeholderIds: [ortiz], date: '2025-10-12', summary: 'Crisis calls today' });
  await change('logConversation', { stakeholderIds: [quiet], date: '2025-10-05' });
  await change('markStageItem', { itemId: 'learn.history', status: 'done', on: '2025-09-01', by: 'Dana Cruz', note: 'Read the Memphis model guide' });
  await change('markStageItem', { itemId: 'coalition.convener', status: 'not-applicable', on: '2025-10-01', by: 'Dana Cruz', note: 'Everyone came without one' });
  await change('addMeeting', { title: 'Visit to Tri-County CIT', kind: 'site-visit', date: '2025-11-12', startTime: '09:30' });
  await change('addMeeting', { title: 'Steering committee, October', kind: 'steering-committee', date: '2025-10-08', startTime: '18:00', status: 'held' });
  await change('addMeeting', { title: 'Steering committee, November', kind: 'steering-committee', date: '2025-11-05', startTime: '18:30', location: 'County annex, room 2' });

  const workgroup = await change('addWorkgroup', { name: 'Peer voices', focus: 'resources', memberIds: [quiet], leadId: quiet, statusLine: 'Listening sessions booked' });
  await change('addActionItem', { title: 'Send the draft MOA to the sheriff', ownerId: ortiz, dueDate: '2025-10-01' });
  const done = await change('addActionItem', { title: 'Book the hall for the first meeting', ownerName: 'Pat Green', dueDate: '2025-10-10' });
  await change('setActionItemStatus', { ids: [done], status: 'done' });
  await change('addActionItem', { title: 'Map crisis beds', ownerId: quiet, workgroupId: workgroup, dueDate: '2025-10-15' });
  const policy = await change('addPolicy', { title: 'Crisis call procedure', kind: 'sop' });
  await change('addPolicyRevision', { policyId: policy, version: '1.0', date: '2025-10-02', summary: 'First draft' });
  await change('addRecognitionEvent', { title: 'Partner Awards Night', date: '2026-05-14', venue: 'Riverside Community Hall' });
});

describe('the “where we are” progress report (.docx)', () => {
  it('lists every stage with each item’s status and evidence, and the next steps', async () => {
    const { paragraphs, text } = await readDocx(await exported('exportProgressReportDocx', { shareSafe: true }, 'progress-report.docx'));
    expectInOrder(paragraphs, [
      'RIVERSIDE COUNTY CIT COALITION',
      'Riverside County',
      'Where we are: building our CIT program',
      'Report date: 20 Oct 2025',
      'Step One: 5 of 19 items done (26%)',
      'Current stage: Learn about CIT (1 of 4 done)',
      'Next steps',
      '1. Understand what each partner brings: Find out what advocates, officers, clinicians and hospitals each contribute to a working program, and what each of them needs from it.',
      '4. Involve people with lived experience at every stage: 1 person with lived experience on your list, but none has attended a meeting yet.',
      'Step One: Build partnerships',
      'Learn about CIT: 1 of 4 done',
      'Learn where CIT came from and what its core elements are',
      'Done\n(marked by hand)',
      'Marked done by Dana Cruz on 1 Sep 2025: Read the Memphis model guide',
      'Foster a coalition of support: 2 of 6 done',
      'Talk with law enforcement',
      'Done',
      'Conversations held with law enforcement: 2, the latest on 12 Oct 2025 with Sgt. Ray Ortiz (Sheriff’s office liaison).',
      'If people will not come to the table, find an influential convener',
      'Does not apply\n(set by hand)',
      'Marked as not applying to us by Dana Cruz on 1 Oct 2025: Everyone came without one\nThe records show: Convener / champion: no one named yet.',
      'Create a formal community partnership: 2 of 9 done',
      'Visit another CIT program',
      'Under way',
      'Visit to another CIT program: planned for 12 Nov 2025 (“Visit to Tri-County CIT”).',
      'Step Two: Create change',
      'Map the crisis system: 0 of 4 done',
      'Step Three: Sustain the program',
      'Recognition: 1 of 2 done',
    ]);
    // The private peer is in the data (a conversation, a workgroup) but named nowhere.
    expect(text).not.toContain('Avery Quiet');
    expect(text).not.toContain('Peer specialist');
  });

  it('names everyone in the coalition’s own copy, with no sentence that discloses lived experience in a shared one', async () => {
    const own = await readDocx(await exported('exportProgressReportDocx', { shareSafe: false }));
    expect(own.text).toContain('Conversations held with people living with mental illness: 1, the latest on 5 Oct 2025 with Avery Quiet (Peer specialist).');
    const shared = await readDocx(await exported('exportProgressReportDocx', {}));
    expect(shared.text).toContain('Conversations held with people living with mental illness: 1, the latest on 5 Oct 2025 with 1 person.');
  });

  it('opens in LibreOffice', async () => {
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    const { pages } = await convertWithLibreOffice(await exported('exportProgressReportDocx', { shareSafe: true }), 'progress.docx');
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(8);
  });

  it('returns null and writes nothing when the person cancels the save dialog', async () => {
    platform.answerNextDialog(null);
    expect(await call('exportProgressReportDocx', { shareSafe: true })).toBeNull();
  });
});

describe('the steering committee status report (.docx)', () => {
  it('gives progress, coverage, action items, meetings, workgroups, policies and recognition for the period', async () => {
    const { paragraphs, text } = await readDocx(
      await exported('exportStatusReportDocx', { from: '2025-10-01', to: '2025-10-20', shareSafe: true }, 'status-report.docx'),
    );
    expectInOrder(paragraphs, [
      'Steering committee status report',
      'Period: 1 Oct 2025 to 20 Oct 2025',
      'Progress',
      'Step One: Build partnerships, 5 of 19 items done. Current stage: Learn about CIT.',
      'Foster a coalition of support',
      '2 of 6',
      'Next steps',
      'Who is at the table',
      'No one yet from: dispatch / 911, people with lived experience, NAMI or other advocates, family members.',
      'Law enforcement (core)',
      'Other partners not reached yet: EMS / fire, Hospitals / health care, Courts, Elected officials / local government, Social services, Community and faith groups, Schools / university.',
      'Action items',
      'Overdue (2)',
      'Send the draft MOA to the sheriff',
      'Sgt. Ray Ortiz',
      '1 Oct 2025',
      '2 weeks',
      'Map crisis beds',
      WITHHELD_NAME,
      'Done in this period (1)',
      'Book the hall for the first meeting',
      'Pat Green',
      '20 Oct 2025',
      'Upcoming meetings',
      '5 Nov 2025',
      '6:30 PM',
      'Steering committee, November\nSteering committee',
      'County annex, room 2',
      '12 Nov 2025',
      'Workgroups',
      'Peer voices\nCommunity resources',
      WITHHELD_NAME,
      'Listening sessions booked (as of 20 Oct 2025)',
      'Policies awaiting adoption',
      'Crisis call procedure',
      'Standard operating procedure',
      'Recognition',
      'Partner Awards Night\nRiverside Community Hall',
      '14 May 2026',
    ]);
    expect(text).not.toContain('Avery Quiet');
  });

  it('leaves out what was done outside the period', async () => {
    const { text } = await readDocx(await exported('exportStatusReportDocx', { from: '2025-09-01', to: '2025-09-30', shareSafe: true }));
    expect(text).toContain('Done in this period (0)');
    expect(text).not.toContain('Book the hall for the first meeting');
    // Overdue is as of today, whatever the period.
    expect(text).toContain('Send the draft MOA to the sheriff');
  });

  it('names the private lead in the coalition’s own copy and says it must not be forwarded', async () => {
    const { text } = await readDocx(await exported('exportStatusReportDocx', { shareSafe: false }));
    expect(text).toContain('Avery Quiet');
    expect(text).toContain('Do not forward it.');
    expect(text).toContain('Period: 20 Sep 2025 to 20 Oct 2025');
  });

  it('refuses a period that ends before it starts, and unknown options, beside the field', async () => {
    expect(await dispatch(service.handlers, 'exportStatusReportDocx', { from: '2025-10-10', to: '2025-10-01', shareSafe: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { to: 'The end of the period must be on or after its start.' } },
    });
    expect(await dispatch(service.handlers, 'exportStatusReportDocx', { from: '2025-12-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', fields: { from: 'The start of the period cannot be after its end.' } },
    });
    expect(await dispatch(service.handlers, 'exportStatusReportDocx', { to: '10/01/2025' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(service.handlers, 'exportProgressReportDocx', { shareSafe: true, path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('opens in LibreOffice', async () => {
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    const { pages } = await convertWithLibreOffice(await exported('exportStatusReportDocx', { shareSafe: true }), 'status.docx');
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
  });
});

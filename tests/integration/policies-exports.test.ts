import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiReply } from '../../src/api/errors';
import { AppService } from '../../src/api/service';
import type { SavedExport } from '../../src/api/context';
import { POLICY_TEXT_LIMIT } from '../../src/policies/model';
import { WITHHELD_NAME } from '../../src/stakeholders/privacy';
import { WorkspaceSession } from '../../src/workspace/session';
import { createHostPlatform } from '../e2e/host/platform';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';
import { policyRevisionLogDocx } from '../../src/policies/export/policyRevisionLog';
import { workgroupReportDocx } from '../../src/workgroups/export/workgroupReport';
import { coalition, NOW, run } from '../support/fixtures/policies-fixture';

/**
 * The workgroup and policy features end to end below the screen: a real workspace file, every
 * change made through the API dispatcher (the same one the desktop app's IPC uses), and the Word
 * exports written to disk, read back paragraph by paragraph and opened by LibreOffice.
 */
const withLibreOffice = await hasLibreOffice();

const TEXT_V1 = [
  '1. Purpose',
  'Officers take a person in crisis to the emergency department.',
  '',
  '2. Custody',
  'Custody transfers when the nurse signs.',
].join('\n');
const TEXT_V2 = [
  '1. Purpose',
  'Officers take a person in crisis to the Riverbend Crisis Center.',
  '',
  '2. Custody',
  'Custody transfers when the crisis clinician signs the transfer form.',
].join('\n');

let service: AppService;
let workspaceFile: string;
const ids: Record<string, string> = {};

async function call<T = unknown>(method: string, input: unknown = {}): Promise<T> {
  const reply = (await dispatch(service.handlers, method, input)) as ApiReply<T>;
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

async function refusal(
  method: string,
  input: unknown,
): Promise<{ code: string; message: string; fields?: Record<string, string> }> {
  const reply = await dispatch(service.handlers, method, input);
  expect(reply.ok).toBe(false);
  return (reply as { ok: false; error: { code: string; message: string } }).error;
}

const resultOf = (reply: { result: unknown }) => reply.result as string;

beforeAll(async () => {
  const dir = await tempDir('cit-policies-');
  workspaceFile = path.join(dir, 'Riverside.cit.json');
  await (await WorkspaceSession.fromDocument(workspaceFile, coalition())).close();
  const platform = createHostPlatform({
    workspacePath: workspaceFile,
    stateDir: dir,
    samplePath: workspaceFile,
    appVersion: 'test',
    notify: () => {},
  });
  service = new AppService(platform, { now: () => NOW, defaultTimeZone: 'America/Chicago' });
  await service.openPath(workspaceFile);

  ids.workgroup = resultOf(
    await call('addWorkgroup', {
      name: 'Receiving facilities',
      focus: 'receiving-facilities',
      charge:
        'Agree how officers hand a person in crisis over at the crisis center, and put it in a memorandum of agreement.',
      leadId: 'st-lee',
      memberIds: ['st-ortiz', 'st-private'],
      formedOn: '2025-01-14',
      statusLine: 'Drafting the MOA, review in March',
    }),
  );
  await call('addWorkgroupActionItem', {
    workgroupId: ids.workgroup,
    title: 'Send the draft MOA to the sheriff',
    ownerId: 'st-ortiz',
    dueDate: '2025-03-28',
  });
  const done = resultOf(
    await call('addWorkgroupActionItem', {
      workgroupId: ids.workgroup,
      title: 'Tour the crisis center receiving desk',
      ownerId: 'st-private',
    }),
  );
  await call('setActionItemStatus', { ids: [done], status: 'done' });

  ids.policy = resultOf(
    await call('addPolicy', {
      title: 'Memorandum of agreement on custody transfer',
      kind: 'moa',
      owningOrganizationId: 'org-sheriff',
      workgroupId: ids.workgroup,
      partnerOrganizationIds: ['org-crisis', 'org-dispatch'],
    }),
  );
  ids.v1 = resultOf(
    await call('addPolicyRevision', {
      policyId: ids.policy,
      version: '1.0',
      date: '2024-05-01',
      summary: 'First agreement.',
      text: TEXT_V1,
      status: 'adopted',
    }),
  );
  ids.v2 = resultOf(
    await call('addPolicyRevision', {
      policyId: ids.policy,
      version: '2.0',
      date: '2025-02-03',
      summary: 'Drop-off moves to the crisis center, so officers return to patrol sooner.',
      text: TEXT_V2,
    }),
  );
  await call('addRevisionReview', {
    policyId: ids.policy,
    revisionId: ids.v2,
    reviewerId: 'st-private',
    on: '2025-02-10',
    note: 'Clear from a peer’s point of view.',
  });
  await call('addRevisionReview', {
    policyId: ids.policy,
    revisionId: ids.v2,
    reviewerName: 'County attorney',
    on: '2025-02-12',
  });
  await call('setRevisionStatus', { policyId: ids.policy, revisionId: ids.v2, status: 'in-review', on: '2025-02-05' });
  await call('setRevisionStatus', {
    policyId: ids.policy,
    revisionId: ids.v2,
    status: 'approved',
    on: '2025-02-18',
    meetingId: 'mt-steer-past',
  });
  await call('recordSignature', {
    policyId: ids.policy,
    revisionId: ids.v2,
    organizationId: 'org-crisis',
    signedOn: '2025-02-25',
    signedBy: 'Dana Lee, Clinical Director',
  });
  // Each change is answered before it is saved; wait for the file to have them all.
  await call('saveWorkspace');
});

describe('the workspace file after the changes', () => {
  it('holds the policy with both revisions, their history, reviews and signature', async () => {
    const saved = JSON.parse(await readFile(workspaceFile, 'utf8'));
    const policy = saved.policies[0];
    expect(policy.revisions.map((r: { version: string; status: string }) => [r.version, r.status])).toEqual([
      ['1.0', 'adopted'],
      ['2.0', 'approved'],
    ]);
    expect(policy.revisions[1].statusHistory.map((h: { status: string; on: string }) => `${h.status} ${h.on}`)).toEqual(
      ['draft 2025-02-03', 'in-review 2025-02-05', 'approved 2025-02-18'],
    );
    expect(policy.revisions[1].meetingId).toBe('mt-steer-past');
    expect(policy.revisions[1].signatures).toEqual([
      { organizationId: 'org-crisis', signedOn: '2025-02-25', signedBy: 'Dana Lee, Clinical Director', note: '' },
    ]);
  });

  it('refuses policy text over 200,000 characters with the limit in the message, and saves nothing', async () => {
    const before = await readFile(workspaceFile);
    const error = await refusal('addPolicyRevision', {
      policyId: ids.policy,
      version: '3.0',
      date: '2025-03-01',
      text: 'x'.repeat(POLICY_TEXT_LIMIT + 1),
    });
    expect(error.code).toBe('invalid-input');
    expect(error.message).toBe(
      'Policy text is too long: 200,001 characters, and a revision can hold at most 200,000. Keep the full document on your shared drive and paste the sections that changed.',
    );
    expect(error.fields?.text).toBe(error.message);
    expect(await readFile(workspaceFile)).toEqual(before);
  });

  it('refuses unknown ids and unknown fields plainly', async () => {
    expect(
      (await refusal('setRevisionStatus', { policyId: ids.policy, revisionId: 'no-such-revision', status: 'approved' }))
        .message,
    ).toBe('That revision no longer exists. It may have been deleted.');
    expect((await refusal('addPolicy', { title: 'Extra', secret: 1 })).code).toBe('invalid-input');
    expect((await refusal('exportPolicyRevisionLogDocx', { policyId: 'no-such-policy' })).message).toMatch(
      /no longer exists/,
    );
  });
});

describe('the revision log (.docx)', () => {
  let bytes: Buffer;
  let paragraphs: string[];

  beforeAll(async () => {
    const saved = await call<SavedExport>('exportPolicyRevisionLogDocx', { policyId: ids.policy });
    expect(saved.fileName).toBe('Revision log - Memorandum of agreement on custody transfer.docx');
    bytes = await readFile(saved.filePath);
    expect(saved.sizeBytes).toBe(bytes.byteLength);
    paragraphs = (await readDocx(bytes)).paragraphs.filter((p) => p.trim() !== '');
  });

  it('opens with what the policy is, who signs it and what it waits on', () => {
    expect(paragraphs.slice(0, 10)).toEqual([
      'RIVERSIDE COUNTY CIT COALITION',
      'Riverside County',
      'Revision log: Memorandum of agreement on custody transfer',
      'Kind: Memorandum of agreement',
      'Owning agency: Riverside County Sheriff’s Office',
      'Responsible workgroup: Receiving facilities',
      'Partner agencies that sign: Riverbend Crisis Center, Riverside Emergency Communications',
      'In force: Version 1.0, adopted 1 May 2024',
      'Waiting on: Version 2.0 is approved: waiting on Riverside Emergency Communications to sign.',
      'Log prepared: 10 Mar 2025',
    ]);
  });

  it('gives the history as a table, oldest first, with status dates, reviewers and the meeting', () => {
    const start = paragraphs.indexOf('Revision history');
    expect(paragraphs.slice(start + 1, start + 7)).toEqual([
      'Version',
      'Dated',
      'Status',
      'What changed and why',
      'Reviewed by',
      'Decided at',
    ]);
    expect(paragraphs.slice(start + 7, start + 13)).toEqual([
      '1.0',
      '1 May 2024',
      'Adopted by the agency, 1 May 2024',
      'First agreement.',
      '—',
      '—',
    ]);
    expect(paragraphs.slice(start + 13, start + 19)).toEqual([
      '2.0',
      '3 Feb 2025',
      'Approved by the committee, 18 Feb 2025\n(Draft, 3 Feb 2025; In review, 5 Feb 2025)',
      'Drop-off moves to the crisis center, so officers return to patrol sooner.',
      `${WITHHELD_NAME}, 10 Feb 2025\nCounty attorney, 12 Feb 2025`,
      'Steering committee, February, 18 Feb 2025',
    ]);
  });

  it('never names the reviewer who asked not to be named', () => {
    expect(paragraphs.join('\n')).not.toContain('Avery');
  });

  it('lists signatures and who has not signed, then the text in force', () => {
    const start = paragraphs.indexOf('Signatures');
    // Empty cells hold no text and are filtered out: the unsigned row has no "signed by".
    expect(paragraphs.slice(start + 5, start + 13)).toEqual([
      'Riverbend Crisis Center',
      '2.0',
      '25 Feb 2025',
      'Dana Lee, Clinical Director',
      'Riverside Emergency Communications',
      '2.0',
      'Not yet signed',
      'Current text',
    ]);
    const text = paragraphs.indexOf('Current text');
    expect(paragraphs.slice(text + 1)).toEqual([
      'Version 1.0, in force since 1 May 2024.',
      '1. Purpose',
      'Officers take a person in crisis to the emergency department.',
      '2. Custody',
      'Custody transfers when the nurse signs.',
    ]);
  });

  it.runIf(withLibreOffice)('opens in LibreOffice', async () => {
    const { pages } = await convertWithLibreOffice(bytes, 'revision-log.docx');
    expect(pages).toBeGreaterThanOrEqual(1);
  });
});

describe('the workgroup report (.docx)', () => {
  let bytes: Buffer;
  let paragraphs: string[];

  beforeAll(async () => {
    const saved = await call<SavedExport>('exportWorkgroupReportDocx', { workgroupId: ids.workgroup });
    bytes = await readFile(saved.filePath);
    paragraphs = (await readDocx(bytes)).paragraphs.filter((p) => p.trim() !== '');
  });

  it('gives the status, the charge and the members', () => {
    expect(paragraphs.slice(2, 8)).toEqual([
      'Workgroup report: Receiving facilities',
      'Focus: Receiving facilities',
      'Status: Active',
      'Lead: Dana Lee',
      'Formed: 14 Jan 2025',
      'Report prepared: 10 Mar 2025',
    ]);
    const standing = paragraphs.indexOf('Where things stand');
    expect(paragraphs[standing + 1]).toBe('Drafting the MOA, review in March (as of 10 Mar 2025)');
    expect(paragraphs[paragraphs.indexOf('Charge') + 1]).toMatch(/^Agree how officers hand a person/);
    const members = paragraphs.indexOf('Members');
    // The member who asked not to be named has neither title nor organization beside the placeholder.
    expect(paragraphs.slice(members + 4, members + 12)).toEqual([
      'Dana Lee',
      'Clinical director, Riverbend Crisis Center',
      'Lead',
      WITHHELD_NAME,
      'Member',
      'Sgt. Ray Ortiz',
      'CIT liaison, Riverside County Sheriff’s Office',
      'Member',
    ]);
  });

  it('lists open and done items, and the policies with what they wait on', () => {
    const text = paragraphs.join('\n');
    expect(text).not.toContain('Avery');
    expect(text).not.toContain('Peer specialist');
    const open = paragraphs.indexOf('Open');
    expect(paragraphs.slice(open + 5, open + 9)).toEqual([
      'Send the draft MOA to the sheriff',
      'Sgt. Ray Ortiz',
      '28 Mar 2025',
      'Open',
    ]);
    const done = paragraphs.indexOf('Done');
    expect(paragraphs.slice(done + 4, done + 7)).toEqual([
      'Tour the crisis center receiving desk',
      WITHHELD_NAME,
      '10 Mar 2025',
    ]);
    const policies = paragraphs.indexOf('Policies');
    expect(paragraphs.slice(policies + 5)).toEqual([
      'Memorandum of agreement on custody transfer',
      'Memorandum of agreement',
      '1.0, adopted by the agency',
      'Version 2.0 is approved: waiting on Riverside Emergency Communications to sign.',
    ]);
  });

  it.runIf(withLibreOffice)('opens in LibreOffice', async () => {
    const { pages } = await convertWithLibreOffice(bytes, 'workgroup-report.docx');
    expect(pages).toBeGreaterThanOrEqual(1);
  });
});

describe('a policy at the text limit', () => {
  it.runIf(withLibreOffice)('exports 200,000 characters of text and LibreOffice opens all of it', async () => {
    const clause = (n: number) =>
      `${n}. The receiving facility accepts custody within fifteen minutes of arrival, and the officer returns to service.`;
    let text = '';
    for (let n = 1; text.length < POLICY_TEXT_LIMIT - 200; n++) text += `${clause(n)}\n`;
    const policyId = resultOf(await call('addPolicy', { title: 'Long protocol', kind: 'dispatch-protocol' }));
    await call('addPolicyRevision', {
      policyId,
      version: '1',
      date: '2025-03-01',
      text: text.slice(0, POLICY_TEXT_LIMIT),
    });
    const started = performance.now();
    const saved = await call<SavedExport>('exportPolicyRevisionLogDocx', { policyId });
    const exportMs = performance.now() - started;
    const bytes = await readFile(saved.filePath);
    const back = await readDocx(bytes);
    expect(back.paragraphs.filter((p) => /^\d+\. The receiving facility/.test(p)).length).toBe(
      text.split('\n').filter(Boolean).length,
    );
    const { pages } = await convertWithLibreOffice(bytes, 'long.docx');
    expect(pages).toBeGreaterThan(30);
    expect(exportMs).toBeLessThan(10_000);
    console.info(
      `200,000-character revision log: ${Math.round(exportMs)} ms, ${(bytes.byteLength / 1024).toFixed(0)} KB, ${pages} pages`,
    );
  });
});

describe('exports with nothing in them yet', () => {
  it('say so in plain words, and LibreOffice opens them', async () => {
    let doc = run(coalition(), 'addPolicy', { title: 'Dispatch protocol', kind: 'dispatch-protocol' }).doc;
    doc = run(doc, 'addWorkgroup', { name: 'Data and evaluation', focus: 'data' }).doc;
    const log = await policyRevisionLogDocx(doc, doc.policies[0]!, '2025-03-10');
    const logText = (await readDocx(log)).paragraphs;
    expect(logText).toContain('No revisions have been recorded yet.');
    expect(logText).toContain('No partner agencies are named to sign this policy.');
    expect(logText).toContain(
      'Waiting on: No revision yet, and no workgroup or agency is responsible for drafting one.',
    );
    const report = await workgroupReportDocx(doc, doc.workgroups[0]!, '2025-03-10');
    const reportText = (await readDocx(report)).paragraphs;
    for (const line of [
      'The lead has not written a status line yet.',
      'No members have been added yet.',
      'Nothing open.',
      'Nothing finished yet.',
      'No meetings of this workgroup are recorded.',
      'This workgroup is not responsible for any policy.',
    ]) {
      expect(reportText).toContain(line);
    }
    if (withLibreOffice) {
      expect((await convertWithLibreOffice(log, 'empty-log.docx')).pages).toBe(1);
      expect((await convertWithLibreOffice(report, 'empty-report.docx')).pages).toBe(1);
    }
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SavedExport } from '../../src/api/context';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiReply } from '../../src/api/errors';
import { AppService } from '../../src/api/service';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { WorkspaceSession } from '../../src/workspace/session';
import { createHostPlatform } from '../e2e/host/platform';
import { SERVICES } from '../support/fixtures/directory-fixture';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';

/**
 * The directory end to end through real files: a coalition's directory entered through the API
 * dispatcher, exported as an Open Referral package, imported into an empty workspace (the same
 * directory, one undo step), a malformed package refused naming its file and row, and both Word
 * prints read back and opened by LibreOffice.
 */
const NOW = new Date('2026-07-10T15:00:00Z');
const withLibreOffice = await hasLibreOffice();

async function serviceAt(
  name: string,
): Promise<{
  service: AppService;
  call: <T>(method: string, input?: unknown) => Promise<T>;
  fail: (method: string, input: unknown) => Promise<string>;
}> {
  const dir = await tempDir(`cit-directory-${name}-`);
  const workspacePath = path.join(dir, `${name}.cit.json`);
  await (
    await WorkspaceSession.create(
      workspacePath,
      { name: `${name} CIT Coalition`, community: `${name} County`, timeZone: 'America/Chicago' },
      { now: () => NOW },
    )
  ).close();
  const platform = createHostPlatform({
    workspacePath,
    stateDir: dir,
    samplePath: workspacePath,
    appVersion: 'test',
    notify: () => undefined,
  });
  const service = new AppService(platform, { now: () => NOW });
  await service.openPath(workspacePath);
  const reply = async <T>(method: string, input: unknown = {}) =>
    (await dispatch(service.handlers, method, input)) as ApiReply<T>;
  return {
    service,
    call: async <T>(method: string, input: unknown = {}) => {
      const answer = await reply<T>(method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
      return answer.value;
    },
    fail: async (method: string, input: unknown) => {
      const answer = await reply(method, input);
      if (answer.ok) throw new Error(`${method} was expected to be refused.`);
      return answer.error.message;
    },
  };
}

type Api = Awaited<ReturnType<typeof serviceAt>>;
let riverside: Api;

const docOf = async (api: Api): Promise<WorkspaceDocument> => api.service.requireSession().doc;

/** The directory as a reader sees it: each service with its organization's name instead of an id. */
function directoryOf(doc: WorkspaceDocument) {
  const names = new Map(doc.organizations.map((o) => [o.id, o.name]));
  return doc.services.map(({ id: _id, createdAt: _c, updatedAt: _u, organizationId, ...fields }) => ({
    organization: names.get(organizationId),
    ...fields,
  }));
}

async function exported(method: string): Promise<{ bytes: Buffer; fileName: string }> {
  const saved = await riverside.call<SavedExport | null>(method);
  expect(saved).not.toBeNull();
  return { bytes: await readFile(saved!.filePath), fileName: saved!.fileName };
}

const asInput = (fileName: string, bytes: Uint8Array) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });

beforeAll(async () => {
  riverside = await serviceAt('Riverside');
  const ids: Record<string, string> = {};
  for (const [id, name, sector] of [
    ['org-crisis', 'Riverbend Crisis Center', 'mental-health'],
    ['org-hospital', 'St. Luke’s Hospital', 'hospital'],
    ['org-sheriff', 'Riverside County Sheriff’s Office', 'law-enforcement'],
  ] as const)
    ids[id] = (await riverside.call<{ result: string }>('addOrganization', { name, sector })).result;
  for (const input of SERVICES)
    await riverside.call('addService', { ...input, organizationId: ids[input.organizationId] });
});

describe('the Open Referral package', () => {
  it('exported and imported into an empty workspace gives the same directory, in one undo step', async () => {
    const { bytes, fileName } = await exported('exportDirectoryPackage');
    expect(fileName).toMatch(/^Riverside CIT Coalition directory \(Open Referral\) 2026-07-10\.zip$/);
    expect(Object.keys(unzipSync(bytes))).toContain('datapackage.json');

    const empty = await serviceAt('Lakeside');
    await empty.call('addOrganization', { name: 'RIVERBEND crisis center', sector: 'mental-health' });
    const reply = await empty.call<{ result: { services: number; organizationsAdded: number } }>(
      'importDirectory',
      asInput(fileName, bytes),
    );
    // The crisis center already there is matched by name; the other two are added.
    expect(reply.result).toEqual({ services: 4, organizationsAdded: 2 });
    const imported = await docOf(empty);
    const original = await docOf(riverside);
    expect(directoryOf(imported).map(({ organization: _o, ...rest }) => rest)).toEqual(
      directoryOf(original).map(({ organization: _o, ...rest }) => rest),
    );
    expect(directoryOf(imported).map((s) => s.organization)).toEqual([
      'RIVERBEND crisis center',
      'St. Luke’s Hospital',
      'RIVERBEND crisis center',
      'Riverside County Sheriff’s Office',
    ]);

    // The whole import is one step: one undo takes every service out, and the organizations it added.
    await empty.call('undo');
    expect((await docOf(empty)).services).toEqual([]);
    expect((await docOf(empty)).organizations.map((o) => o.name)).toEqual(['RIVERBEND crisis center']);
    await empty.service.close();
  });

  it('refuses a malformed package whole, naming the file and the row, and changes nothing', async () => {
    const { bytes } = await exported('exportDirectoryPackage');
    // One fault in each package, so each message is the one a person would see for it.
    const withSchedule = unzipSync(bytes);
    const lines = strFromU8(withSchedule['schedule.csv']!).split('\r\n');
    // The first row that has an opening time gets one written in words.
    const at = lines.findIndex((line, index) => index > 0 && /\d\d:\d\d/.test(line));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace(/\d\d:\d\d/, '8 in the morning');
    withSchedule['schedule.csv'] = strToU8(lines.join('\r\n'));
    const withService = unzipSync(bytes);
    withService['service.csv'] = strToU8(strFromU8(withService['service.csv']!).replace('Night shelter', ''));

    const empty = await serviceAt('Hillside');
    const badTime = await empty.fail('importDirectory', asInput('county-211.zip', zipSync(withSchedule)));
    expect(badTime).toMatch(/^Nothing was imported from county-211\.zip\./);
    expect(badTime).toContain(`schedule.csv, row ${at + 1}: Times are written as HH:MM, for example 08:30.`);
    const noName = await empty.fail('importDirectory', asInput('county-211.zip', zipSync(withService)));
    expect(noName).toContain('service.csv, row 5: The service’s name is missing.');
    const doc = await docOf(empty);
    expect(doc.services).toEqual([]);
    expect(doc.organizations).toEqual([]);

    expect(await empty.fail('importDirectory', asInput('notes.zip', strToU8('not a zip')))).toMatch(
      /not an Open Referral package/,
    );
  });
});

describe('the prints', () => {
  it('the pocket card puts receiving facilities and 24-hour services first, with their phone numbers, on one page', async () => {
    const { bytes, fileName } = await exported('exportPocketCardDocx');
    expect(fileName).toBe('Riverside CIT Coalition pocket resource card 2026-07-10.docx');
    const { paragraphs } = await readDocx(bytes);
    const names = ['Crisis stabilization unit', 'Emergency department', 'Outpatient counseling', 'Night shelter'];
    expect(names.map((n) => paragraphs.indexOf(n))).toEqual(
      [...names.map((n) => paragraphs.indexOf(n))].sort((a, b) => a - b),
    );
    expect(paragraphs).toContain('RECEIVING FACILITY  ·  24 HOURS');
    expect(paragraphs).toContain('(555) 010-2000');
    expect(paragraphs).toContain('Mon–Wed, Fri 8 a.m.–5 p.m.; Thu 8 a.m.–7 p.m.  ·  Call first');
    if (withLibreOffice) expect((await convertWithLibreOffice(bytes, 'pocket-card.docx')).pages).toBe(1);
  });

  it('the full directory groups services by kind in the coalition’s order, with every detail', async () => {
    const doc = await docOf(riverside);
    // The night shelter moves to the top: its group then comes first.
    await riverside.call('moveService', { id: doc.services[3]!.id, direction: 'up' });
    await riverside.call('moveService', { id: doc.services[3]!.id, direction: 'up' });
    await riverside.call('moveService', { id: doc.services[3]!.id, direction: 'up' });
    const { bytes } = await exported('exportDirectoryDocx');
    const { paragraphs, text } = await readDocx(bytes);
    const groups = ['Shelter', 'Crisis stabilization', 'Psychiatric hospital', 'Outpatient mental health'].map((g) =>
      paragraphs.indexOf(g),
    );
    expect(groups.every((i) => i >= 0)).toBe(true);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(text).toContain('Receiving facility: officers may bring a person in crisis here.');
    expect(text).toContain('Address: 400 River Rd, Riverside, MN 05501');
    expect(text).toContain('Languages: English, Spanish');
    expect(text).toContain('How to refer: Warm hand-off');
    expect(text).toContain('Last checked: Not yet checked');
    if (withLibreOffice)
      expect((await convertWithLibreOffice(bytes, 'directory.docx')).pages).toBeGreaterThanOrEqual(1);
  });
});

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SavedExport } from '../../src/api/context';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiReply } from '../../src/api/errors';
import { AppService } from '../../src/api/service';
import { WorkspaceSession } from '../../src/workspace/session';
import { createHostPlatform, type HostPlatform } from '../e2e/host/platform';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';

/**
 * The program data report end to end: a workspace on disk, the numbers entered and imported
 * through the API dispatcher as the screen sends them, both versions of the report written,
 * read back (pictures, table numbers, suppression) and opened by LibreOffice.
 */
const NOW = new Date('2026-07-10T15:00:00Z');
const withLibreOffice = await hasLibreOffice();
let service: AppService;
let platform: HostPlatform;

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = (await dispatch(service.handlers, method, input)) as ApiReply<T>;
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

async function exported(shareSafe: boolean): Promise<{ bytes: Buffer; fileName: string }> {
  const saved = await call<SavedExport | null>('exportProgramDataReportDocx', { shareSafe });
  expect(saved).not.toBeNull();
  return { bytes: await readFile(saved!.filePath), fileName: saved!.fileName };
}

async function pictures(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
}

beforeAll(async () => {
  const dir = await tempDir('cit-programdata-');
  const workspacePath = path.join(dir, 'Riverside.cit.json');
  await (
    await WorkspaceSession.create(
      workspacePath,
      { name: 'Riverside County CIT Coalition', community: 'Riverside County', timeZone: 'America/Chicago' },
      { now: () => NOW },
    )
  ).close();
  platform = createHostPlatform({
    workspacePath,
    stateDir: dir,
    samplePath: workspacePath,
    appVersion: 'test',
    notify: () => undefined,
  });
  service = new AppService(platform, { now: () => NOW });
  await service.openPath(workspacePath);
  const sheriff = (
    await call<{ result: string }>('addOrganization', { name: 'Riverside County Sheriff', sector: 'law-enforcement' })
  ).result;
  await call('addOrganization', { name: 'Riverside Police Department', sector: 'law-enforcement' });
  await call('setQuarterValues', {
    organizationId: sheriff,
    quarter: '2026-Q1',
    values: { 'calls-mental-health': 52, 'outcome-arrest-jail': 3, 'calls-cit-handled': 31, 'officer-hours': 80.5 },
  });
  await call('importQuarterRows', {
    text: [
      'Agency,Quarter,Calls with a mental health component,Arrest or jail,Calls handled by a CIT-trained officer',
      'Riverside Police Department,2026-Q2,64,8,40',
      'Riverside County Sheriff,2026-Q2,48,2,30',
    ].join('\n'),
  });
});

describe('the program data report (.docx)', () => {
  it('carries each chart as a picture, with its numbers in a table, for the committee', async () => {
    const { bytes, fileName } = await exported(false);
    expect(fileName).toMatch(/^Program data - Riverside County CIT Coalition - 2026-07-10 \(coalition copy\)\.docx$/);
    const media = await pictures(bytes);
    // Each chart goes in twice: the SVG, and the PNG that readers without SVG show.
    expect(media.filter((m) => m.endsWith('.png')).length).toBeGreaterThanOrEqual(4);
    expect(media.filter((m) => m.endsWith('.svg')).length).toBe(media.filter((m) => m.endsWith('.png')).length);
    const { paragraphs, text } = await readDocx(bytes);
    expect(paragraphs).toContain('Program data report');
    expect(paragraphs).toContain('Share of calls diverted from jail');
    // 52 calls, 3 arrests in Q1: the committee sees the 3 and the share (94%).
    expect(text).toMatch(/2026-Q1\n52\n49\n94%\n1/);
    expect(text).toMatch(/Arrest or jail[\s\S]*2026-Q1\n3\n1/);
    expect(text).not.toContain('fewer than 5');
  });

  it('shows counts from 1 to 4 as “fewer than 5” in the share-safe version, under its own file name', async () => {
    const { bytes, fileName } = await exported(true);
    expect(fileName).toMatch(/\(share-safe\)\.docx$/);
    const { text } = await readDocx(bytes);
    expect(text).toMatch(/Arrest or jail[\s\S]*2026-Q1\nfewer than 5\n1/);
    // The Q1 diversion share would give the 3 arrests away (52 − 49), so it is withheld.
    expect(text).toMatch(/2026-Q1\n52\n49\nnot shown \(small numbers\)/);
    // Q2: 112 calls, 10 arrests: both shown, so the share is too.
    expect(text).toMatch(/2026-Q2\n112\n102\n91%\n2/);
    expect(text).not.toMatch(/\n3\n1\n/);
    expect((await pictures(bytes)).length).toBeGreaterThan(0);
  });

  it.runIf(withLibreOffice)('opens in LibreOffice', async () => {
    const { pages } = await convertWithLibreOffice((await exported(true)).bytes, 'program-data.docx');
    expect(pages).toBeGreaterThanOrEqual(2);
  });
});

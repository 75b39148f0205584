import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiReply } from '../../src/api/errors';
import type { StakeholderExportResult } from '../../src/stakeholders/api';
import { AppService } from '../../src/api/service';
import type { RosterSummary } from '../../src/stakeholders/export/roster';
import type { SavedExport } from '../../src/api/context';
import type { CsvPreview } from '../../src/stakeholders/csvImport';
import { WITHHELD_NAME } from '../../src/stakeholders/privacy';
import { WorkspaceSession } from '../../src/workspace/session';
import { createHostPlatform } from '../e2e/host/platform';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';
import { fixtureCsv, NOW, StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';

/**
 * The stakeholder exports end to end below the screen: a real workspace file, changes and exports
 * through the API dispatcher the desktop app uses, and every file read back from disk: the roster
 * paragraph by paragraph and through LibreOffice, the CSV parsed again, the vCards as text.
 */
const withLibreOffice = await hasLibreOffice();

let service: AppService;
let workspaceFile: string;
const ids: Record<string, string> = {};

async function call<T = unknown>(method: string, input: unknown = {}): Promise<T> {
  const reply = (await dispatch(service.handlers, method, input)) as ApiReply<T>;
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

async function refusal(method: string, input: unknown) {
  const reply = await dispatch(service.handlers, method, input);
  expect(reply.ok).toBe(false);
  return (reply as { ok: false; error: { code: string; message: string; fields?: Record<string, string> } }).error;
}

beforeAll(async () => {
  const dir = await tempDir('cit-stakeholders-');
  workspaceFile = path.join(dir, 'Riverside.cit.json');
  const c = new StakeholderCoalition();
  const so = c.org("Riverside County Sheriff's Office", { sector: 'law-enforcement', address: '100 Main St' });
  const nami = c.org('NAMI Riverside', { sector: 'advocacy' });
  ids.dana = c.person('Dana Whitfield', {
    title: 'Sergeant',
    organizationId: so,
    email: 'dana@sheriff.example',
    phone: '(555) 010-2030',
    stage: 'committed',
  });
  ids.ortiz = c.person('Luis Ortiz', {
    title: 'Deputy',
    organizationId: so,
    email: 'ortiz@sheriff.example',
    stage: 'in-conversation',
  });
  ids.sam = c.person('Sam Lee', {
    title: 'Board president',
    organizationId: nami,
    email: 'sam@nami.example',
    phone: '555-010-4411',
    privacy: 'name-only',
    stage: 'steering-committee',
  });
  ids.grace = c.person('Grace Kim', {
    title: 'Peer specialist',
    organizationId: nami,
    email: 'grace@example.org',
    phone: '555-010-9999',
    privacy: 'private',
    livedExperience: true,
    sector: 'peer',
    stage: 'committed',
    notes: 'Shared her story at the forum',
  });
  ids.abel = c.person('Abel Aaronson', {
    title: 'Peer mentor',
    email: 'abel@example.org',
    privacy: 'private',
    sector: 'peer',
    stage: 'contacted',
  });
  ids.gone = c.person('Former Member', { sector: 'courts', stage: 'declined' });
  ids.formula = c.person('=HYPERLINK("http://evil.example")', { sector: 'community', notes: '@SUM(1)' });
  await (await WorkspaceSession.fromDocument(workspaceFile, c.doc)).close();
  const platform = createHostPlatform({
    workspacePath: workspaceFile,
    stateDir: dir,
    samplePath: workspaceFile,
    appVersion: 'test',
    notify: () => {},
  });
  service = new AppService(platform, { now: () => NOW, defaultTimeZone: 'America/Denver' });
  await service.openPath(workspaceFile);
});

describe('the stakeholder roster (.docx)', () => {
  let bytes: Buffer;
  let summary: RosterSummary;

  beforeAll(async () => {
    const result = await call<{ saved: SavedExport; summary: RosterSummary }>('exportRosterDocx', {});
    summary = result.summary;
    bytes = await readFile(result.saved.filePath);
  });

  it('groups people by sector, a table each, with the stage and only the contact details people agreed to share', async () => {
    expect(summary).toEqual({ listed: 6, withheld: 2, leftOut: 1, sectors: 4 });
    const { paragraphs, text } = await readDocx(bytes);
    const headingIndex = (label: string) => paragraphs.findIndex((p) => p === label);
    const law = headingIndex('Law enforcement (police, sheriff) (2)');
    const advocacy = headingIndex('NAMI or other advocacy group (1)');
    // Withheld people are listed under Other, never under the peer sector they belong to.
    expect(headingIndex('Peer (lived experience) (2)')).toBe(-1);
    const withheldSection = headingIndex('Other (2)');
    expect(law).toBeGreaterThan(0);
    expect(advocacy).toBeGreaterThan(law);
    expect(withheldSection).toBeGreaterThan(advocacy);
    // Law enforcement: both names in alphabetical order, with contact details.
    const lawRows = paragraphs.slice(law, advocacy);
    expect(lawRows).toEqual(
      expect.arrayContaining([
        'Dana Whitfield',
        'Sergeant',
        "Riverside County Sheriff's Office",
        'Committed',
        'dana@sheriff.example\n(555) 010-2030',
      ]),
    );
    expect(lawRows.indexOf('Dana Whitfield')).toBeLessThan(lawRows.indexOf('Luis Ortiz'));
    // Name-only: named, no contact.
    const namiRows = paragraphs.slice(advocacy, withheldSection);
    expect(namiRows).toEqual(
      expect.arrayContaining([
        'Sam Lee',
        'Board president',
        'NAMI Riverside',
        'Steering committee member',
        'Not shared',
      ]),
    );
    expect(text).not.toContain('sam@nami.example');
    expect(text).not.toContain('555-010-4411');
    // Private: counted, not identified.
    const withheldRows = paragraphs.slice(withheldSection);
    expect(withheldRows.filter((p) => p === WITHHELD_NAME)).toHaveLength(2);
    for (const secret of [
      'Grace',
      'Kim',
      'Abel',
      'Aaronson',
      'grace@example.org',
      'abel@example.org',
      'Peer specialist',
      'Peer mentor',
      'Shared her story',
    ]) {
      expect(text).not.toContain(secret);
    }
    // Declined people are left off, and the roster says so.
    expect(text).not.toContain('Former Member');
    expect(text).toContain('Not listed: one person who declined or is no longer active.');
  });

  it('keeps formula-like text as plain text and opens in LibreOffice', async () => {
    const { text } = await readDocx(bytes);
    expect(text).toContain('=HYPERLINK("http://evil.example")');
    if (!withLibreOffice) return;
    const { pages } = await convertWithLibreOffice(bytes, 'roster.docx');
    expect(pages).toBeGreaterThanOrEqual(1);
  });
});

describe('CSV and vCard exports', () => {
  it('writes a share-safe CSV by default, and the full coalition copy only when asked', async () => {
    const safe = await call<StakeholderExportResult>('exportStakeholdersCsv', {});
    const safeText = await readFile(safe.saved!.filePath, 'utf8');
    expect(safe.saved!.fileName).toBe('Stakeholders (share-safe).csv');
    expect(safeText).not.toContain('grace@example.org');
    expect(safeText).not.toContain('Grace Kim');
    expect(safeText).not.toContain('sam@nami.example');
    const rows = Papa.parse<Record<string, string>>(safeText.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.Name?.includes('HYPERLINK'))?.Name).toBe('\'=HYPERLINK("http://evil.example")');

    const full = await call<StakeholderExportResult>('exportStakeholdersCsv', {
      shareSafe: false,
      ids: [ids.grace, ids.dana],
    });
    const fullRows = Papa.parse<Record<string, string>>(
      (await readFile(full.saved!.filePath, 'utf8')).replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(fullRows.map((r) => [r.Name, r.Email, r['Lived experience']])).toEqual([
      ['Dana Whitfield', 'dana@sheriff.example', ''],
      ['Grace Kim', 'grace@example.org', 'Yes'],
    ]);
  });

  it('writes vCards for the chosen people, leaving out private people', async () => {
    const result = await call<StakeholderExportResult>('exportVcards', { ids: [ids.dana, ids.sam, ids.grace] });
    expect(result).toMatchObject({ included: 2, leftOut: 1 });
    const text = await readFile(result.saved!.filePath, 'utf8');
    expect(result.saved!.fileName).toBe('Contacts.vcf');
    expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
    expect(text).toContain("ORG:Riverside County Sheriff's Office");
    expect(text).not.toContain('Grace');
    expect(text).not.toContain('sam@nami.example');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).byteLength <= 75)).toBe(true);

    const onlyPrivate = await refusal('exportVcards', { ids: [ids.grace] });
    expect(onlyPrivate.message).toMatch(/asked not to be named/);
    const unknown = await refusal('exportVcards', { ids: ['not-a-person-id'] });
    expect(unknown.message).toMatch(/no longer in the workspace/);
  });
});

describe('the CSV preview method', () => {
  it('reads a file sent as text and finds people already in the workspace', async () => {
    const preview = await call<CsvPreview>('parseStakeholderCsv', { text: fixtureCsv('agency-export-bom-crlf.csv') });
    // Dana is already in the workspace (same name, same office), and typed twice in the file.
    expect(preview.totals).toEqual({ rows: 7, ready: 5, withErrors: 2, duplicates: 2 });
    expect(preview.rows.find((r) => r.row === 2)?.duplicate).toMatchObject({
      kind: 'existing',
      stakeholderId: ids.dana,
      reason: 'name-organization',
    });
    expect(preview.rows.find((r) => r.row === 8)?.duplicate).toMatchObject({
      kind: 'existing',
      stakeholderId: ids.dana,
    });
    const again = await call<CsvPreview>('parseStakeholderCsv', {
      text: 'Name,Agency,Email\nDana W.,Sheriff,DANA@sheriff.example\n',
    });
    expect(again.rows[0]?.duplicate).toMatchObject({ kind: 'existing', stakeholderId: ids.dana, reason: 'email' });
  });

  it('refuses a file that is too large or not text, changing nothing', async () => {
    const before = await readFile(workspaceFile);
    const big = await refusal('parseStakeholderCsv', { text: 'Name\n' + 'x'.repeat(10 * 1024 * 1024 + 1) });
    expect(big.message).toMatch(/larger than 10 MB/);
    const binary = await refusal('parseStakeholderCsv', { text: 'PK\u0003\u0004\u0000' });
    expect(binary).toMatchObject({ code: 'invalid-input', fields: { file: expect.stringMatching(/binary data/) } });
    expect(await readFile(workspaceFile)).toEqual(before);
  });
});

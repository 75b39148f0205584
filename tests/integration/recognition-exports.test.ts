import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import type { ApiReply } from '../../src/api/errors';
import type { SavedExport } from '../../src/api/context';
import { AppService } from '../../src/api/service';
import { UNNAMED_HONOREE } from '../../src/recognition/honorees';
import { WorkspaceSession } from '../../src/workspace/session';
import { createHostPlatform } from '../e2e/host/platform';
import { readDocx } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';
import { coalition, person } from '../support/fixtures/recognition-fixture';

/**
 * The recognition exports end to end on real files: a workspace saved to disk and opened by the
 * app's service, every change sent through the API dispatcher as the screen sends it, the .docx
 * files written where the "dialog" points, read back and opened by LibreOffice.
 */
let service: AppService;
let workspacePath: string;
let eventId: string;

async function call<T>(method: string, input: unknown): Promise<T> {
  const reply = (await dispatch(service.handlers, method, input)) as ApiReply<T>;
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

async function change(method: string, input: unknown): Promise<unknown> {
  return (await call<{ result: unknown }>(method, input)).result;
}

const LONG_NAME = 'Maria de los Ángeles Villanueva-Castellanos';
const LONG_AGENCY = 'Riverside County Sheriff’s Office, Mental Health Co-Response and Crisis Intervention Unit';

beforeAll(async () => {
  const dir = await tempDir('cit-recognition-');
  workspacePath = path.join(dir, 'Riverside.cit.json');
  const doc = coalition();
  doc.stakeholders.push(person('p-deputy', LONG_NAME));
  // Written as a file first, then let go, as if saved by an earlier run of the app.
  await (await WorkspaceSession.fromDocument(workspacePath, doc)).close();
  const platform = createHostPlatform({
    workspacePath,
    stateDir: dir,
    samplePath: workspacePath,
    appVersion: 'test',
    notify: () => undefined,
  });
  service = new AppService(platform);
  await service.openPath(workspacePath);

  eventId = (await change('addRecognitionEvent', {
    title: '2025 CIT Awards Ceremony',
    date: '2025-11-14',
    startTime: '18:30',
    venue: 'Riverside Community Hall',
    host: 'Priya Natarajan',
  })) as string;
  const event = () => service.current!.doc.recognitionEvents.find((e) => e.id === eventId)!;
  const category = (name: string) => event().categories.find((c) => c.name === name)!.id;
  const honour = async (award: string, fields: Record<string, unknown>, citation = '') => {
    const id = await change('addNomination', {
      eventId,
      categoryId: category(award),
      nominatedByName: 'The committee',
      ...fields,
    });
    if (citation) await change('updateNomination', { eventId, id, changes: { citation } });
    await change('setNominationStatus', { eventId, ids: [id], status: 'selected' });
  };
  await honour('CIT Officer of the Year', {
    nomineeId: 'p-officer',
    story:
      'Officer Whitfield sat with a young man on a bridge railing for two hours and talked him down. He is in treatment today.',
  });
  await honour('Mental Health Professional of the Year', {
    nomineeId: 'p-clinician',
    story: 'Luis took every overnight call from patrol for a year.',
  });
  await honour('Lived Experience Award', {
    nomineeId: 'p-peer',
    story: 'Sam Rivera spoke to every academy class at the Elm Street clubhouse.',
  });
  await honour(
    'Intervention of the Year',
    { nomineeName: LONG_NAME, nomineeAgency: LONG_AGENCY, story: 'A long night that ended well.' },
    'For a night of patience that ended with everyone safe.',
  );
  // A nomination that was not selected must appear nowhere.
  await change('addNomination', {
    eventId,
    categoryId: category('Advocate of the Year'),
    nomineeName: 'Not Chosen',
    story: 'x',
  });
  await change('draftRunOfShow', { eventId });
  const keynote = event().runOfShow.find((s) => s.kind === 'keynote')!.id;
  await change('updateSegment', {
    eventId,
    id: keynote,
    changes: { speakerId: 'p-chair', title: 'Keynote: why we respond together', durationMinutes: 20 },
  });
  const officerSlot = event().runOfShow.find((s) => s.categoryId === category('CIT Officer of the Year'))!.id;
  await change('updateSegment', { eventId, id: officerSlot, changes: { speakerName: 'Chief Ray Alvarez' } });
});

async function exported(method: string): Promise<Buffer> {
  const saved = await call<SavedExport | null>(method, { eventId });
  expect(saved).not.toBeNull();
  expect(saved!.fileName).toMatch(/\.docx$/);
  return readFile(saved!.filePath);
}

describe('the printed program (.docx)', () => {
  it('holds the details, the timed run of show, each honoree with a citation, and the partners, in that order', async () => {
    const bytes = await exported('exportProgrammeDocx');
    const { paragraphs, text, landscapeSections } = await readDocx(bytes);
    expect(landscapeSections).toBe(0);
    const order = [
      'RIVERSIDE COUNTY CIT COALITION',
      '2025 CIT Awards Ceremony',
      'Date: Friday, November 14, 2025',
      'Time: 6:30 PM to 7:28 PM',
      'Venue: Riverside Community Hall',
      'Program',
      '6:30 PM',
      'Welcome',
      '6:35 PM',
      'Keynote: why we respond together',
      'Judge Helen Park',
      '6:55 PM',
      'CIT Officer of the Year',
      'Honoree: Dana Whitfield, Riverside Police Department',
      'Presented by Chief Ray Alvarez',
      'Honorees',
      'CIT Officer of the Year',
      'Dana Whitfield, Riverside Police Department\nOfficer Whitfield sat with a young man on a bridge railing for two hours and talked him down. He is in treatment today.',
      'Lived Experience Award',
      UNNAMED_HONOREE,
      'Intervention of the Year',
      `${LONG_NAME}, ${LONG_AGENCY}\nFor a night of patience that ended with everyone safe.`,
      'With thanks to our partners',
      'Riverside Crisis Center  ·  Riverside Police Department',
    ];
    let from = 0;
    for (const expected of order) {
      const at = paragraphs.findIndex((p, i) => i >= from && p === expected);
      expect(at, `"${expected}" after paragraph ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    // The private peer is named nowhere in it, nor their agency, nor the story that names them.
    expect(text).not.toContain('Sam Rivera');
    expect(text).not.toContain('Elm Street');
    expect(text).not.toContain('Not Chosen');
  });

  it('opens in LibreOffice', async () => {
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    const { pages } = await convertWithLibreOffice(await exported('exportProgrammeDocx'), 'program.docx');
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });
});

describe('the certificates (.docx)', () => {
  it('has one landscape section per honoree, each with the award, name, agency, date and both signers', async () => {
    const { paragraphs, sectionCount, landscapeSections, xml } = await readDocx(
      await exported('exportCertificatesDocx'),
    );
    expect(sectionCount).toBe(4);
    expect(landscapeSections).toBe(4);
    expect((xml.match(/<w:pgBorders/g) ?? []).length).toBe(4);
    // Landscape in fact, not only in name: every page wider than it is tall.
    const sizes = [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(sizes).toHaveLength(4);
    for (const [w, h] of sizes) expect(w).toBeGreaterThan(h ?? Infinity);
    const certificates = paragraphs.join('\n').split('Certificate of Recognition').slice(1);
    expect(certificates).toHaveLength(4);
    const expected = [
      ['Dana Whitfield', 'Riverside Police Department', 'CIT Officer of the Year'],
      ['Luis Ortega', 'Riverside Crisis Center', 'Mental Health Professional of the Year'],
      // The certificate is the peer's own: it carries their name (see shownOnCertificate).
      ['Sam Rivera', 'Riverside Crisis Center', 'Lived Experience Award'],
      [LONG_NAME, LONG_AGENCY, 'Intervention of the Year'],
    ];
    expected.forEach(([name, agency, award], index) => {
      const page = certificates[index] ?? '';
      expect(page).toContain(`\n${name}\n`);
      expect(page).toContain(`\n${agency}\n`);
      expect(page).toContain(`\n${award}\n`);
      expect(page).toContain('2025 CIT Awards Ceremony  ·  Friday, November 14, 2025');
      expect(page).toContain('Judge Helen Park');
      expect(page).toContain('Steering Committee Chair');
      expect(page).toContain('Priya Natarajan');
      expect(page).toContain('CIT Coordinator');
    });
  });

  it('prints as exactly one page per honoree in LibreOffice, even with a long name and agency', async () => {
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    const { pages } = await convertWithLibreOffice(await exported('exportCertificatesDocx'), 'certificates.docx');
    expect(pages).toBe(4);
  });

  it('keeps to one page with a name and agency at their longest (200 characters each) and a long award name', async () => {
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    const other = (await change('addRecognitionEvent', {
      title: 'Spring CIT Academy Graduation',
      date: '2026-04-02',
      standardCategories: false,
    })) as string;
    const award = await change('addAwardCategory', {
      eventId: other,
      name: 'Distinguished Service in Crisis Intervention and Community Partnership Building',
    });
    for (const letter of ['A', 'B']) {
      const id = await change('addNomination', {
        eventId: other,
        categoryId: award,
        nomineeName: `${letter}${'lexandria Bartholomew-Fitzgerald '.repeat(6)}`.slice(0, 200),
        nomineeAgency: `${letter}${'egional Behavioral Health Authority '.repeat(6)}`.slice(0, 200),
        story: 'x',
      });
      await change('setNominationStatus', { eventId: other, ids: [id], status: 'selected' });
    }
    const saved = await call<SavedExport>('exportCertificatesDocx', { eventId: other });
    const { pages } = await convertWithLibreOffice(await readFile(saved.filePath), 'long.docx');
    expect(pages).toBe(2);
  });

  it('refuses to print certificates for an event with no honorees, and an unknown event', async () => {
    const empty = await change('addRecognitionEvent', { title: 'Spring graduation', date: '2026-03-01' });
    const reply = await dispatch(service.handlers, 'exportCertificatesDocx', { eventId: empty });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/^No honorees have been selected yet/) },
    });
    const unknown = await dispatch(service.handlers, 'exportProgrammeDocx', { eventId: 'no-such-event' });
    expect(unknown).toMatchObject({
      ok: false,
      error: { message: 'That recognition event no longer exists. It may have been deleted.' },
    });
    const hostile = await dispatch(service.handlers, 'honoreeListText', { eventId: '../../etc/passwd' });
    expect(hostile).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('the honoree list for the press', () => {
  it('lists each honoree by award, the peer unnamed', async () => {
    const text = await call<string>('honoreeListText', { eventId });
    expect(text.split('\n').slice(4, 8)).toEqual([
      'CIT Officer of the Year: Dana Whitfield, Riverside Police Department',
      'Mental Health Professional of the Year: Luis Ortega, Riverside Crisis Center',
      `Lived Experience Award: ${UNNAMED_HONOREE}`,
      `Intervention of the Year: ${LONG_NAME}, ${LONG_AGENCY}`,
    ]);
  });

  it('kept every change in the workspace file on disk', async () => {
    await service.flush();
    const onDisk = JSON.parse(await readFile(workspacePath, 'utf8'));
    const event = onDisk.recognitionEvents.find((e: { id: string }) => e.id === eventId);
    expect(event.nominations.filter((n: { status: string }) => n.status === 'selected')).toHaveLength(4);
    expect(event.runOfShow.length).toBeGreaterThan(4);
  });
});

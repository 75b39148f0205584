import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seatsRosterDocx } from '../../src/committee/export/roster';
import { agendaDocx } from '../../src/meetings/export/agenda';
import { minutesDocx } from '../../src/meetings/export/minutes';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { buildSample } from '../../scripts/make-sample';
import { readDocx, type DocxContents } from '../support/docx';
import { convertWithLibreOffice, hasLibreOffice } from '../support/libreoffice';
import { tempDir } from '../support/tempdir';

/**
 * The committee's prints and the meeting prints that now carry consent agendas and recusals,
 * made from the sample coalition (built through the real commands), read back and opened by
 * LibreOffice. The day is fixed so that NAMI's term (ending 2026-12-31) falls in the window.
 */
const TODAY = '2026-12-03';
let doc: WorkspaceDocument;
let roster: Buffer;
let minutes: Buffer;
let agenda: Buffer;
const read: Record<string, DocxContents> = {};

beforeAll(async () => {
  doc = buildSample();
  const november = doc.meetings.find((m) => m.date === '2026-11-12')!;
  roster = await seatsRosterDocx(doc, TODAY);
  minutes = await minutesDocx(doc, november);
  agenda = await agendaDocx(doc, november);
  read.roster = await readDocx(roster);
  read.minutes = await readDocx(minutes);
  read.agenda = await readDocx(agenda);
  // Kept for a person to look at (docx-look.sh) when COMMITTEE_DOCX_DIR is set.
  const dir = process.env.COMMITTEE_DOCX_DIR ?? (await tempDir('cit-committee-'));
  await Promise.all([
    writeFile(path.join(dir, 'roster.docx'), roster),
    writeFile(path.join(dir, 'minutes.docx'), minutes),
    writeFile(path.join(dir, 'agenda.docx'), agenda),
  ]);
});

describe('the seats and terms roster', () => {
  it('lists each seat with its member and term, and what needs filling or renewing', () => {
    const { text } = read.roster!;
    expect(text).toContain('Steering committee: seats and terms');
    expect(text).toMatch(/Sheriff’s office[\s\S]*Riverside County Sheriff[\s\S]*Beth Kowalski/);
    expect(text).toContain('NAMI Riverside');
    expect(text).toMatch(/Term ends in 28 days \(Dec 31, 2026\)|Term ends in 28 days \(31 Dec 2026\)|Term ends in 28 days/);
    expect(text).toContain('Empty: find a member');
    expect(text).toContain('Person with lived experience');
  });

  it('gives the officers with who held each office before, and the seats’ past terms', () => {
    const { text } = read.roster!;
    expect(text).toMatch(/Chair[\s\S]*Dr. Ellen Okafor[\s\S]*Ruth Castellano/);
    expect(text).toMatch(/Vice-chair[\s\S]*Vacant/);
    expect(text).toMatch(/Who sat in each seat before[\s\S]*Sheriff’s office[\s\S]*Beth Kowalski/);
  });

  it('never prints what a member declared', () => {
    expect(read.roster!.text).not.toContain('advisory board');
    expect(read.roster!.text).toMatch(/Declared 2026/);
  });

  it('opens in LibreOffice', async () => {
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(roster, 'roster.docx')).pages).toBeGreaterThanOrEqual(1);
  });
});

describe('minutes and agenda with a consent agenda and a recusal', () => {
  it('records the consent agenda approved by one motion, and the item pulled from it separately', () => {
    const { text } = read.minutes!;
    expect(text).toMatch(/Consent agenda approved \(items 3 and 4\), by one motion\./);
    expect(text).toContain('Pulled from the consent agenda by Lt. Marcus Delgado.');
  });

  it('records who was recused from a decision, beside the count that leaves them out', () => {
    expect(read.minutes!.text).toContain('Carried 7–1, 1 abstaining; Dr. Ellen Okafor recused');
  });

  it('sets the consent agenda apart on the printed agenda', () => {
    const { text } = read.agenda!;
    expect(text).toContain('Consent agenda: approved together by one motion unless a member asks to discuss an item');
    expect(text).toContain('Pulled from the consent agenda by Lt. Marcus Delgado');
  });

  it('open in LibreOffice', async () => {
    if (!(await hasLibreOffice())) return expect.fail('LibreOffice (soffice) is not installed');
    expect((await convertWithLibreOffice(minutes, 'minutes.docx')).pages).toBeGreaterThanOrEqual(1);
    expect((await convertWithLibreOffice(agenda, 'agenda.docx')).pages).toBeGreaterThanOrEqual(1);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../src/stakeholders/import/encoding';
import { previewFile } from '../../src/stakeholders/import/previewFile';
import { recogniseContactExport } from '../../src/stakeholders/import/contactExports';
import { ImportRefused } from '../../src/stakeholders/import/refusal';
import { refusal } from '../support/refusal';
import { StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'import');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const empty = () => new StakeholderCoalition().doc;
const preview = (name: string, choices = {}) => previewFile(bytesOf(name), name, empty(), choices);
const names = (name: string, choices = {}) => preview(name, choices).rows.map((r) => r.values.name);
const PEOPLE = ['José Núñez', 'Zoë Brontë', 'François Lefèvre', ''];

describe('the encoding of a text file, from its bytes', () => {
  it('tells each encoding LibreOffice and Excel write apart', () => {
    expect(detectEncoding(bytesOf('people-utf8.csv'))).toBe('utf-8');
    expect(detectEncoding(bytesOf('people-windows1252.csv'))).toBe('windows-1252');
    expect(detectEncoding(bytesOf('people-utf16.csv'))).toBe('utf-16le');
    const text = 'Name,Email\r\nZoë,z@x.example\r\n';
    const le = new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);
    const be = le.map((_, i) => le[i ^ 1]!);
    expect(detectEncoding(le)).toBe('utf-16le'); // no byte-order mark: told by its zero bytes
    expect(detectEncoding(be)).toBe('utf-16be');
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa9]))).toBe('utf-8');
    expect(detectEncoding(new TextEncoder().encode('plain ascii'))).toBe('utf-8');
    // ISO-8859-1 text (é = E9) is not valid UTF-8 and reads as Windows-1252, its superset.
    expect(detectEncoding(new Uint8Array([0x4a, 0x6f, 0x73, 0xe9]))).toBe('windows-1252');
  });

  it('counts what could not be read, and drops the byte-order mark', () => {
    expect(decodeText(bytesOf('people-windows1252.csv'), 'utf-8').unreadable).toBe(7);
    expect(decodeText(bytesOf('people-windows1252.csv'), 'windows-1252')).toMatchObject({ unreadable: 0 });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 'utf-8').text).toBe('A');
  });
});

describe('importing the same list saved in each encoding and format', () => {
  it.each([
    ['people-utf8.csv', 'csv'],
    ['people-windows1252.csv', 'csv'],
    ['people-utf16.csv', 'csv'],
    ['people.xlsx', 'xlsx'],
    ['people.ods', 'ods'],
  ])('%s reads the accented names as written', (file, format) => {
    const p = preview(file);
    expect(p.source.format).toBe(format);
    expect(p.source.unreadable).toBe(0);
    expect(p.rows.map((r) => r.values.name)).toEqual(PEOPLE);
    expect(p.rows[0]?.values.phone).toBe('0161 555 0100');
  });

  it('says so when the encoding chosen leaves letters unreadable, and marks the rows', () => {
    const p = preview('people-windows1252.csv', { encoding: 'utf-8' });
    expect(p.source).toMatchObject({ encoding: 'utf-8', detectedEncoding: 'windows-1252', unreadable: 7 });
    expect(p.rows.map((r) => r.unreadable)).toEqual([true, true, true, false]);
  });

  it('lists a workbook’s sheets and reads the one chosen', () => {
    for (const file of ['two-sheets.xlsx', 'two-sheets.ods']) {
      const first = preview(file);
      expect(first.source).toMatchObject({ sheets: ['Read me', 'People'], sheet: 'Read me' });
      expect(names(file, { sheet: 'People' })).toEqual(PEOPLE);
    }
  });

  it('refuses what it cannot read with a plain message', () => {
    const refused = (bytes: Uint8Array, name: string) => {
      const said = refusal(() => previewFile(bytes, name, empty()));
      expect(said.error).toBeInstanceOf(ImportRefused);
      return said.message;
    };
    expect(refused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.xls')).toMatch(/older Excel file/);
    expect(refused(new TextEncoder().encode('not a zip'), 'people.xlsx')).toMatch(/not one; it may be damaged/);
    expect(refused(bytesOf('people.xlsx').slice(0, 900), 'people.xlsx')).toMatch(/could not be opened as Excel/);
    expect(refused(zipSync({ 'hello.txt': new Uint8Array([65]) }), 'other.xlsx')).toMatch(/not an Excel workbook/);
    expect(refused(zipSync({ 'content.xml': new TextEncoder().encode('<a><b') }), 'x.ods')).toMatch(/damaged/);
    expect(refused(new Uint8Array(), 'empty.csv')).toMatch(/empty/);
  });

  it('reads an ODS sheet’s repeated empty expanse without expanding a million rows', () => {
    const content = `<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>
      <table:table table:name="S"><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>
      <table:table-cell table:number-columns-repeated="16383"/></table:table-row>
      <table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
      </table:table></office:spreadsheet></office:body></office:document-content>`;
    const bytes = zipSync({ 'content.xml': new TextEncoder().encode(content) });
    const p = previewFile(bytes, 'big.ods', empty());
    expect(p.headers).toEqual(['Name']);
    expect(p.totals.rows).toBe(0);
  });
});

describe('contact exports and contact cards are mapped without matching columns by hand', () => {
  it('recognises an Outlook export: "Title" is Mr. or Dr., the job is "Job Title"; a second email goes to the notes', () => {
    const p = preview('outlook-contacts.csv');
    expect(p.source.recognised).toBe('Outlook contacts export');
    expect(p.problems).toEqual([]);
    expect(p.rows[0]?.values).toMatchObject({
      name: 'Renée Marie Dubois',
      title: 'Clinical director',
      organization: 'Riverbend Crisis Center',
      email: 'rdubois@riverbend.example',
      phone: '(555) 010-3300',
      tags: ['Coalition', 'Clinicians'],
    });
    expect(p.rows[0]?.values.notes.split('\n')).toEqual([
      'E-mail 2 Address: renee.home@mail.example',
      'Mobile Phone: 555-010-3301',
      'Department: Adult services',
      'Met at the spring forum',
    ]);
  });

  it('recognises a Google Contacts export, with its " ::: " lists and its own labels left out', () => {
    const p = preview('google-contacts.csv');
    expect(p.source.recognised).toBe('Google Contacts export');
    expect(p.rows[0]?.values).toMatchObject({
      name: 'Zoë Brontë',
      title: 'Peer support specialist',
      organization: 'NAMI Riverside',
      email: 'zoe.bronte@nami-riverside.example',
      phone: '555-010-4411',
      tags: ['Coalition'],
    });
    expect(p.rows[0]?.values.notes).toBe('Leads the family class\nEmail: zoe@home.example');
    // The older Google CSV names its columns differently.
    expect(
      recogniseContactExport(['Name', 'Given Name', 'Family Name', 'E-mail 1 - Value', 'Organization 1 - Name'])
        ?.mapping,
    ).toEqual(['name', 'firstName', 'lastName', 'email', 'organization']);
    expect(recogniseContactExport(['First Name', 'Last Name', 'Email'])).toBeNull();
  });

  it('reads contact cards: vCard 3.0, 4.0 and 2.1, folded lines, quoted-printable, escapes, preferred email', () => {
    const p = preview('contacts.vcf');
    expect(p.source).toMatchObject({ format: 'vcf', recognised: 'Contact cards', encoding: 'utf-8' });
    expect(p.rows.map((r) => r.values.name)).toEqual(['José Núñez', 'Zoë Brontë', 'François Lefèvre']);
    expect(p.rows[0]?.values).toMatchObject({
      organization: 'Riverbend Crisis Center, Inc.',
      title: 'Crisis clinician',
      phone: '0161 555 0100',
      tags: ['Coalition', 'Clinicians'],
      notes:
        'Asked for the training dates, and the MOA draft. This note is long enough that the line was folded by the program that wrote it.\nMore contact details: Department: Mobile crisis',
    });
    expect(p.rows[1]?.values).toMatchObject({ email: 'zoe.bronte@nami-riverside.example', phone: '+1-555-010-4411' });
    expect(p.rows[2]?.values).toMatchObject({
      organization: "Riverside County Sheriff's Office",
      phone: '(555) 010-2030',
      notes: 'Prefers calls in the morning; works the night shift on Fridays',
    });
    expect(p.rows.every((r) => Object.keys(r.errors).length === 0)).toBe(true);
  });
});

describe('what the import makes of a row', () => {
  it('offers a nameless row with an agency and its contact details as that organization', () => {
    const p = preview('people.ods');
    const desk = p.rows[3]!;
    expect(desk.errors).toEqual({ name: 'Name is required.' });
    expect(desk.asOrganization).toEqual({
      organization: 'Riverside General Hospital',
      sector: 'hospital',
      contact: 'Front desk',
      email: 'frontdesk@riversidehospital.example',
      phone: '555-010-9000',
      notes: '',
    });
    expect(p.organizationRows).toBe(1);
  });

  it('imports the agency as an organization with its contact, once, in the same change as the people', () => {
    const c = new StakeholderCoalition();
    const p = previewFile(bytesOf('people.ods'), 'people.ods', c.doc);
    const input = {
      rows: p.rows.filter((r) => !Object.keys(r.errors).length).map((r) => r.values),
      organizations: p.rows.flatMap((r) => (r.asOrganization ? [r.asOrganization] : [])),
      duplicates: 'skip' as const,
    };
    c.run('importStakeholders', input);
    const hospital = c.doc.organizations.find((o) => o.name === 'Riverside General Hospital');
    expect(hospital).toMatchObject({
      sector: 'hospital',
      notes: 'Front desk: frontdesk@riversidehospital.example, 555-010-9000',
    });
    c.run('importStakeholders', { ...input, rows: [] });
    expect(c.doc.organizations.find((o) => o.name === 'Riverside General Hospital')?.notes).toBe(hospital?.notes);
    expect(c.history).toHaveLength(2);
  });

  it('gives a person whose sector says "Lived experience" the lived-experience flag the list shows', () => {
    const c = new StakeholderCoalition();
    const p = previewFile(bytesOf('people-utf8.csv'), 'people-utf8.csv', c.doc);
    c.run('importStakeholders', { rows: p.rows.filter((r) => !Object.keys(r.errors).length).map((r) => r.values) });
    const zoe = c.doc.stakeholders.find((s) => s.name === 'Zoë Brontë');
    expect(zoe).toMatchObject({ sector: 'peer', livedExperience: true });
    expect(c.doc.stakeholders.find((s) => s.name === 'José Núñez')?.livedExperience).toBe(false);
  });
});

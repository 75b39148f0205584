import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormula, stakeholdersCsv } from '../../src/stakeholders/export/csvExport';
import { organizationsById } from '../../src/stakeholders/sectorOf';
import { escapeVcardText, foldLine, vcardsFor } from '../../src/stakeholders/export/vcard';
import { displayName, exportableContact, WITHHELD_NAME } from '../../src/stakeholders/privacy';
import { StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';

function coalition() {
  const c = new StakeholderCoalition();
  const nami = c.org('NAMI Riverside', { sector: 'advocacy' });
  const open = c.person('Dana Whitfield', {
    title: 'Sergeant',
    email: 'dana@sheriff.example',
    phone: '0161 555 0100',
    sector: 'law-enforcement',
    notes: 'Met at the town hall',
    tags: ['champion'],
  });
  const nameOnly = c.person('Sam Lee', {
    title: 'Board president',
    organizationId: nami,
    email: 'sam@nami.example',
    phone: '555-010-4411',
    privacy: 'name-only',
    livedExperience: true,
  });
  const hidden = c.person('Grace Kim', {
    title: 'Peer specialist',
    organizationId: nami,
    email: 'grace@example.org',
    phone: '555-010-9999',
    privacy: 'private',
    livedExperience: true,
    sector: 'peer',
    notes: 'Diagnosed 2009',
  });
  const hostile = c.person('=cmd|calc', { title: '@SUM(A1)', notes: '+1 in notes', email: '', phone: '-555 010 1234' });
  return { c, open, nameOnly, hidden, hostile, orgs: organizationsById(c.doc.organizations) };
}

const parse = (csv: string) =>
  Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('the privacy rule', () => {
  it('shows everything to the coalition and only what each person allows to anyone else', () => {
    const { c, open, nameOnly, hidden } = coalition();
    expect(displayName(c.get(hidden), 'coalition')).toBe('Grace Kim');
    expect(displayName(c.get(hidden), 'shared')).toBe(WITHHELD_NAME);
    expect(WITHHELD_NAME).not.toMatch(/lived|experience|mental/i);
    expect(displayName(c.get(nameOnly), 'shared')).toBe('Sam Lee');
    expect(exportableContact(c.get(nameOnly), 'shared')).toBeNull();
    expect(exportableContact(c.get(nameOnly), 'coalition')).toEqual({
      email: 'sam@nami.example',
      phone: '555-010-4411',
    });
    expect(exportableContact(c.get(open), 'shared')).toEqual({ email: 'dana@sheriff.example', phone: '0161 555 0100' });
  });
});

describe('CSV export', () => {
  it('escapes every cell that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-5', '@SUM(A1)', '\tx', '\rx', 'plain', '0161'].map(escapeFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'plain',
      '0161',
    ]);
    const { c, orgs } = coalition();
    const rows = parse(stakeholdersCsv(c.doc.stakeholders, orgs, { shareSafe: false }));
    const hostile = rows.find((r) => r.Name?.includes('cmd'));
    expect(hostile).toMatchObject({
      Name: "'=cmd|calc",
      Title: "'@SUM(A1)",
      Notes: "'+1 in notes",
      Phone: "'-555 010 1234",
    });
  });

  it('the coalition copy holds everything, with a byte-order mark and CRLF line ends', () => {
    const { c, orgs } = coalition();
    const csv = stakeholdersCsv(c.doc.stakeholders, orgs, { shareSafe: false });
    expect(csv.startsWith('\uFEFFName,Title,Organization,Sector,Stage,Email,Phone')).toBe(true);
    expect(csv.split('\r\n').length).toBe(6); // header, four people, final line end
    const grace = parse(csv).find((r) => r.Name === 'Grace Kim');
    expect(grace).toMatchObject({
      Email: 'grace@example.org',
      'Lived experience': 'Yes',
      Notes: 'Diagnosed 2009',
      Organization: 'NAMI Riverside',
    });
    expect(parse(csv).find((r) => r.Name === 'Dana Whitfield')?.Phone).toBe('0161 555 0100');
  });

  it('the share-safe copy leaves out what people did not agree to share', () => {
    const { c, orgs } = coalition();
    const csv = stakeholdersCsv(c.doc.stakeholders, orgs, { shareSafe: true });
    for (const secret of [
      'Grace Kim',
      'grace@example.org',
      '555-010-9999',
      'Diagnosed',
      'sam@nami.example',
      '555-010-4411',
      'Met at the town hall',
      'Lived experience',
      'Peer specialist',
    ]) {
      expect(csv).not.toContain(secret);
    }
    const rows = parse(csv);
    expect(rows.find((r) => r.Name === 'Sam Lee')).toMatchObject({
      Email: '',
      Phone: '',
      Organization: 'NAMI Riverside',
      Title: 'Board president',
    });
    expect(rows.find((r) => r.Name === WITHHELD_NAME)).toMatchObject({
      Title: '',
      Organization: '',
      Email: '',
      // Beside a withheld name, the peer sector would disclose health information.
      Sector: 'Other',
    });
    expect(rows.find((r) => r.Name === 'Dana Whitfield')?.Email).toBe('dana@sheriff.example');
  });
});

describe('vCard export', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeVcardText('Okafor, Jr.; A\\B\nnext')).toBe('Okafor\\, Jr.\\; A\\\\B\\nnext');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `NOTE:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(new TextEncoder().encode(l).byteLength).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
  });

  it('leaves out private people and the contact details of name-only people', () => {
    const { c, open, nameOnly, hidden, orgs } = coalition();
    const people = [open, nameOnly, hidden].map((id) => c.get(id));
    const cards = vcardsFor(people, orgs);
    expect(cards).toMatchObject({ included: 2, leftOut: 1 });
    expect(cards.text).not.toContain('Grace');
    expect(cards.text).not.toContain('sam@nami.example');
    expect(cards.text).toContain('FN:Sam Lee\r\nORG:NAMI Riverside\r\nTITLE:Board president\r\nEND:VCARD');
    expect(cards.text).toContain(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Whitfield;Dana;;;\r\nFN:Dana Whitfield\r\nTITLE:Sergeant\r\nEMAIL;TYPE=INTERNET,WORK:dana@sheriff.example\r\nTEL;TYPE=WORK,VOICE:0161 555 0100\r\nEND:VCARD\r\n',
    );
    expect(cards.text.split('BEGIN:VCARD').length - 1).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { guessMapping, MAX_CSV_BYTES, previewCsv, readCsv } from '../../src/stakeholders/csvImport';
import { fixtureCsv, StakeholderCoalition } from '../support/fixtures/stakeholders-fixture';

const empty = () => new StakeholderCoalition().doc;

describe('reading CSV files of people', () => {
  it('reads an Excel "CSV UTF-8" export: byte-order mark, CRLF, quoted commas, a note over two lines', () => {
    const preview = previewCsv(fixtureCsv('agency-export-bom-crlf.csv'), empty());
    expect(preview.headers[0]).toBe('First Name'); // not "\uFEFFFirst Name"
    expect(preview.delimiter).toBe(',');
    expect(preview.mapping).toEqual(['firstName', 'lastName', 'organization', 'title', 'email', 'phone', 'notes']);
    const byRow = new Map(preview.rows.map((r) => [r.row, r]));
    expect(byRow.get(3)?.values).toMatchObject({
      name: 'José Núñez',
      organization: 'Riverbend Crisis Center, Inc.',
      phone: '0161 555 0100', // the leading zero survives: every cell is read as text
      notes: 'Asked for the training dates, and the MOA draft',
      sector: 'mental-health',
    });
    expect(byRow.get(4)?.values.name).toBe('Maya Okafor, Jr.');
    expect(byRow.get(9)?.values.notes).toBe('Line one\r\nline two of the note');
    expect(byRow.get(9)?.values.title).toBe('ED director, nights');
    // The blank line is skipped but row numbers stay those of the spreadsheet.
    expect([...byRow.keys()]).toEqual([2, 3, 4, 5, 6, 8, 9]);
  });

  it('shows each row’s problems beside the field before anything is saved', () => {
    const preview = previewCsv(fixtureCsv('agency-export-bom-crlf.csv'), empty());
    const byRow = new Map(preview.rows.map((r) => [r.row, r]));
    expect(byRow.get(5)?.errors).toEqual({ email: 'Enter a valid email address, like name@agency.org.' });
    expect(byRow.get(6)?.errors).toEqual({ name: 'Name is required.' });
    expect(preview.totals).toEqual({ rows: 7, ready: 5, withErrors: 2, duplicates: 1 });
  });

  it('finds a person typed twice in the file, and one already in the workspace', () => {
    const c = new StakeholderCoalition();
    c.person('Priya Raman', { email: 'priya.raman@riversidehospital.example' });
    const preview = previewCsv(fixtureCsv('agency-export-bom-crlf.csv'), c.doc);
    const byRow = new Map(preview.rows.map((r) => [r.row, r]));
    expect(byRow.get(8)?.duplicate).toMatchObject({ kind: 'earlier-row', row: 2, reason: 'email' });
    expect(byRow.get(9)?.duplicate).toMatchObject({ kind: 'existing', name: 'Priya Raman', reason: 'email' });
  });

  it('reads a semicolon file from a European spreadsheet, with commas in unquoted cells and a quoted semicolon', () => {
    const preview = previewCsv(fixtureCsv('european-semicolon.csv'), empty());
    expect(preview.delimiter).toBe(';');
    expect(preview.mapping).toEqual(['name', 'organization', 'title', 'email', 'phone', 'tags']);
    expect(preview.rows.map((r) => r.values.organization)).toEqual([
      'Landkreis Krisendienst, Nord',
      'Politie Oost',
      'Association; famille et santé',
      '',
    ]);
    expect(preview.rows.map((r) => r.values.phone)).toEqual([
      '0049 30 1234567',
      '0031 20 555 0101',
      '+33 1 55 55 01 02',
      '0046 8 555 0123',
    ]);
    expect(preview.rows[0]?.values.tags).toEqual(['crisis team', 'nights']);
    expect(preview.totals.withErrors).toBe(0);
  });

  it('reads sectors written in people’s own words, and keeps a word it does not know in the notes', () => {
    const preview = previewCsv(fixtureCsv('sign-in-sheet-lf.csv'), empty());
    expect(preview.rows.map((r) => r.values.sector)).toEqual(['government', 'ems-fire', 'peer', 'community', 'other']);
    expect(preview.rows[4]?.values.notes).toBe('Sector in the imported file: Astrology');
  });

  it('refuses hostile cells per row and keeps formula text as plain text', () => {
    const preview = previewCsv(fixtureCsv('hostile.csv'), empty());
    const byRow = new Map(preview.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)?.errors).toEqual({});
    expect(byRow.get(2)?.values.name).toBe('=HYPERLINK("http://evil.example","Click")');
    expect(byRow.get(3)?.errors.name).toMatch(/invisible control character/);
    expect(byRow.get(3)?.values.name).toBe('Bell\ufffdName');
    expect(byRow.get(4)?.errors.notes).toMatch(/too long/);
    expect(byRow.get(5)?.errors._).toMatch(/5 cells but the header names 4 columns/);
  });

  it('guesses columns from common headers and leaves unknown ones out', () => {
    expect(guessMapping(['First Name', 'Last Name', 'Agency', 'E-mail', 'Phone', 'Title', 'Shoe size'])).toEqual([
      'firstName',
      'lastName',
      'organization',
      'email',
      'phone',
      'title',
      'ignore',
    ]);
    expect(guessMapping(['Email', 'E-Mail Address'])).toEqual(['email', 'ignore']);
  });

  it('explains a mapping that cannot work instead of importing nonsense', () => {
    const preview = previewCsv(fixtureCsv('sign-in-sheet-lf.csv'), empty(), [
      'ignore',
      'organization',
      'sector',
      'email',
      'email',
      'tags',
    ]);
    expect(preview.rows).toEqual([]);
    expect(preview.problems).toEqual([
      'Choose the column that holds each person’s name (a full name, or first and last name).',
      '“Email” is chosen for both “Email” and “Phone”. Choose it for one column only.',
    ]);
  });

  it('refuses files that are too big, too long, binary or empty, with plain messages', () => {
    expect(() => readCsv('Name\n' + 'x'.repeat(MAX_CSV_BYTES))).toThrow(/larger than 10 MB/);
    expect(() => readCsv('Name\n' + 'Someone\n'.repeat(10_001))).toThrow(/more than 10,000 people/);
    expect(() => readCsv('PK\u0003\u0004\u0000\u0000binary')).toThrow(/binary data/);
    expect(() => readCsv('\uFEFF  \r\n')).toThrow(/empty/);
    expect(() => readCsv(Array.from({ length: 101 }, (_, i) => `c${i}`).join(','))).toThrow(/101 columns/);
  });
});

import { z } from 'zod';
import Papa from 'papaparse';
import type { ImportField } from '../importRow';
import { recogniseContactExport } from './contactExports';
import { decodeText, detectEncoding, TextEncodingName } from './encoding';
import { readOds } from './odsReader';
import { ImportRefused } from './refusal';
import { looksLikeVcard, readVcards, VCARD_HEADERS, VCARD_MAPPING } from './vcardRead';
import type { Workbook } from './workbook';
import { readXlsx } from './xlsxReader';

/**
 * What a chosen file is, read into rows: a CSV or text file in whichever encoding it was saved,
 * an Excel or OpenDocument spreadsheet (one sheet of several), or contact cards. The format is
 * told by the file's first bytes where they say (a zip, an old Excel file), else by its name.
 */

export const ImportFormat = z.enum(['csv', 'xlsx', 'ods', 'vcf']);
export type ImportFormat = z.infer<typeof ImportFormat>;

export interface ImportSource {
  format: ImportFormat;
  /** The encoding the text was read in (CSV and vCard), and the one its bytes suggested. */
  encoding: TextEncodingName | null;
  detectedEncoding: TextEncodingName | null;
  /** Characters that could not be read and show as � (the person is told before importing). */
  unreadable: number;
  /** A workbook's sheets, and the one read. */
  sheets: string[];
  sheet: string | null;
  /** "Outlook contacts export", "Google Contacts export" or "Contact cards", when recognised. */
  recognised: string | null;
}

export interface ReadFile {
  rows: string[][];
  delimiter: string;
  source: ImportSource;
  /** The mapping the format implies (contact exports and cards), pre-filled in the preview. */
  implied: ImportField[] | null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// The compound-file signature of Excel 97-2003 (.xls) and other old Office files.
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const starts = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function formatOf(bytes: Uint8Array, fileName: string): ImportFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (starts(bytes, OLE) || extension === 'xls') {
    throw new ImportRefused(
      'This is an older Excel file (.xls). Open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.',
    );
  }
  if (starts(bytes, ZIP)) {
    if (extension === 'ods') return 'ods';
    // A zip named anything else is taken as an Excel workbook; its reader explains if it is not one.
    return new TextDecoder().decode(bytes.subarray(30, 120)).includes('opendocument.spreadsheet') ? 'ods' : 'xlsx';
  }
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'ods') {
    throw new ImportRefused(
      'This file is named as a spreadsheet but is not one; it may be damaged. Open it in your spreadsheet program and save it again.',
    );
  }
  return extension === 'vcf' || extension === 'vcard' ? 'vcf' : 'csv';
}

function fromWorkbook(format: ImportFormat, book: Workbook): ReadFile {
  const recognised = recogniseContactExport(book.rows[0] ?? []);
  return {
    rows: book.rows,
    delimiter: '',
    source: {
      format,
      encoding: null,
      detectedEncoding: null,
      unreadable: 0,
      sheets: book.sheets,
      sheet: book.sheet,
      recognised: recognised?.label ?? null,
    },
    implied: recognised?.mapping ?? null,
  };
}

export function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  options: { encoding?: TextEncodingName | undefined; sheet?: string | undefined } = {},
): ReadFile {
  if (bytes.length === 0) throw new ImportRefused('This file is empty.');
  const format = formatOf(bytes, fileName);
  if (format === 'xlsx') return fromWorkbook(format, readXlsx(bytes, options.sheet));
  if (format === 'ods') return fromWorkbook(format, readOds(bytes, options.sheet));

  const detectedEncoding = detectEncoding(bytes);
  const encoding = options.encoding ?? detectedEncoding;
  const { text, unreadable } = decodeText(bytes, encoding);
  const base = { encoding, detectedEncoding, unreadable, sheets: [], sheet: null };
  if (format === 'vcf' || looksLikeVcard(text)) {
    return {
      rows: [VCARD_HEADERS, ...readVcards(text)],
      delimiter: '',
      source: { format: 'vcf', ...base, recognised: 'Contact cards' },
      implied: VCARD_MAPPING,
    };
  }
  if (text.includes('\u0000')) {
    throw new ImportRefused(
      'This does not look like a CSV file: it contains binary data. In your spreadsheet, choose Save As › CSV and import that file.',
    );
  }
  if (!text.trim()) throw new ImportRefused('This file is empty.');
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const recognised = recogniseContactExport(parsed.data[0] ?? []);
  return {
    rows: parsed.data,
    delimiter: parsed.meta.delimiter,
    source: { format: 'csv', ...base, recognised: recognised?.label ?? null },
    implied: recognised?.mapping ?? null,
  };
}

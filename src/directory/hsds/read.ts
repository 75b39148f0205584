import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { z } from 'zod';
import { ReferralWay, ServiceFields, ServiceKind, Weekday, type HoursRow } from '../model';
import { sortedHours } from './scheduleRows';
import { languageFromCode } from './languages';
import { ALL_DAY, BYDAY, fileOf, TABLE_NAMES, TERM_PREFIX, type TableName } from './tables';

/**
 * Reads an Open Referral (HSDS) data package: a .zip of CSV files, as a county 211 exports it or
 * this app writes it. Every row is checked; a problem is reported as "service.csv, row 7: …"
 * with the row number a spreadsheet shows (the column names are row 1), and any problem at all
 * refuses the whole package, so an import never leaves half a directory behind.
 */

export const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

/** A service as read, named by its organization's name (matched to the workspace's on import). */
export type ImportedService = Omit<z.output<typeof ServiceFields>, 'organizationId'> & { organizationName: string };

export type PackageReading = { ok: true; services: ImportedService[] } | { ok: false; problems: string[] };

const text = z
  .string()
  .default('')
  .transform((v) => v.trim());
const requiredText = (what: string) =>
  z
    .string({ error: `${what} is missing.` })
    .trim()
    .min(1, { error: `${what} is missing.` });
const anId = requiredText('The id');
// HSDS allows a zone after the time ("09:00-05:00", "09:00Z") and seconds; the directory keeps the local clock time.
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]\d\d:?\d\d)?$/;
const time = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || TIME.test(v), { error: 'Times are written as HH:MM, for example 08:30.' })
  .transform((v) => v.slice(0, 5));

const ROWS = {
  organization: z.object({ id: anId, name: requiredText('The organization’s name') }),
  service: z.object({
    id: anId,
    organization_id: requiredText('The organization_id'),
    name: requiredText('The service’s name'),
    description: text,
    status: z
      .enum(['', 'active', 'inactive', 'defunct', 'temporarily closed'], {
        error: 'The status must be active, inactive, defunct or temporarily closed.',
      })
      .default(''),
    application_process: text,
    eligibility_description: text,
    assured_date: z
      .string()
      .trim()
      .default('')
      .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}/.test(v), {
        error: 'The assured_date must be a date written YYYY-MM-DD.',
      })
      .transform((v) => v.slice(0, 10)),
  }),
  location: z.object({ id: anId }),
  address: z.object({
    location_id: requiredText('The location_id'),
    address_1: text,
    address_2: text,
    city: text,
    state_province: text,
    postal_code: text,
  }),
  service_at_location: z.object({
    service_id: requiredText('The service_id'),
    location_id: requiredText('The location_id'),
  }),
  phone: z.object({
    service_id: text,
    organization_id: text,
    location_id: text,
    number: requiredText('The phone number'),
    type: text,
  }),
  schedule: z.object({
    service_id: text,
    service_at_location_id: text,
    freq: text,
    byday: text,
    opens_at: time,
    closes_at: time,
  }),
  service_area: z.object({ service_id: text, name: text, description: text }),
  language: z.object({ service_id: text, name: text, code: text }),
  taxonomy_term: z.object({ id: anId, code: text, name: text }),
  attribute: z.object({ link_id: text, taxonomy_term_id: text, link_entity: text }),
} satisfies Record<TableName, z.ZodType>;

type Rows = { [T in TableName]: { row: number; value: z.output<(typeof ROWS)[T]> }[] };

/** Problems found, told in the order a person fixes them: file by file (as the package lists them), row by row. */
class Problems {
  private readonly found: { file: string; row: number; text: string }[] = [];
  add(file: string, row: number | null, message: string) {
    const text = row === null ? `${file}: ${message}` : `${file}, row ${row}: ${message}`;
    // A row read twice (for a service listed twice) is reported once.
    if (!this.found.some((p) => p.text === text)) this.found.push({ file, row: row ?? 0, text });
  }
  /** A problem with the package as a whole, not one of its files. */
  general(message: string) {
    this.found.push({ file: '', row: 0, text: message });
  }
  get count() {
    return this.found.length;
  }
  get list(): string[] {
    const order = (file: string) => {
      if (!file) return -1;
      const index = FILE_ORDER.indexOf(file);
      return index < 0 ? FILE_ORDER.length : index;
    };
    return [...this.found].sort((a, b) => order(a.file) - order(b.file) || a.row - b.row).map((p) => p.text);
  }
}

const FILE_ORDER = ['datapackage.json', ...TABLE_NAMES.map(fileOf)];

function unpack(bytes: Uint8Array, problems: Problems): Map<string, string> | null {
  let total = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.(csv|json)$/i.test(file.name)) return false;
        total += file.originalSize;
        if (total > MAX_UNPACKED_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    problems.general(
      'The file is not an Open Referral package: it should be a .zip of CSV files with a datapackage.json.',
    );
    return null;
  }
  if (tooLarge) {
    problems.general('The package holds more than can be imported at once.');
    return null;
  }
  // A 211 may zip the files inside a folder; the tables are known by their file names alone.
  const byName = new Map<string, string>();
  for (const [path, content] of Object.entries(files)) {
    const name = path.split('/').at(-1)!.toLowerCase();
    byName.set(name, strFromU8(content).replace(/^\uFEFF/, ''));
  }
  return byName;
}

function readTable<T extends TableName>(
  table: T,
  csv: string | undefined,
  problems: Problems,
  required: readonly string[],
): Rows[T] {
  const file = fileOf(table);
  if (csv === undefined) return [];
  // No dynamicTyping: a phone number or a ZIP code keeps its leading zeros.
  const parsed = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const headers = parsed.meta.fields ?? [];
  const missing = required.filter((column) => !headers.includes(column));
  if (missing.length) {
    problems.add(
      file,
      null,
      `the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
    );
    return [];
  }
  for (const error of parsed.errors) {
    if (error.code === 'UndetectableDelimiter') continue;
    problems.add(
      file,
      (error.row ?? 0) + 2,
      'the row could not be read (a quote is not closed, or it has more cells than there are columns).',
    );
  }
  const rows: Rows[T] = [];
  parsed.data.forEach((record, index) => {
    const row = index + 2;
    const result = ROWS[table].safeParse(record);
    if (!result.success) problems.add(file, row, result.error.issues[0]!.message);
    else rows.push({ row, value: result.data as never });
  });
  return rows;
}

const REQUIRED: Partial<Record<TableName, string[]>> = {
  organization: ['id', 'name'],
  service: ['id', 'organization_id', 'name'],
  phone: ['number'],
  schedule: ['byday', 'opens_at', 'closes_at'],
};

export function readHsdsPackage(bytes: Uint8Array): PackageReading {
  const problems = new Problems();
  const files = unpack(bytes, problems);
  if (!files) return { ok: false, problems: problems.list };
  const descriptor = files.get('datapackage.json');
  if (descriptor !== undefined) {
    try {
      JSON.parse(descriptor);
    } catch {
      problems.add('datapackage.json', null, 'it is not valid JSON.');
    }
  }
  for (const needed of ['organization', 'service'] as const) {
    if (!files.has(fileOf(needed)) && !files.has(`${needed}s.csv`))
      problems.add(fileOf(needed), null, 'the file is missing from the package.');
  }
  if (problems.count) return { ok: false, problems: problems.list };

  const csvOf = (table: TableName) => files.get(fileOf(table)) ?? files.get(`${table}s.csv`);
  const tables = Object.fromEntries(
    (Object.keys(ROWS) as TableName[]).map((t) => [t, readTable(t, csvOf(t), problems, REQUIRED[t] ?? [])]),
  ) as Rows;
  const services = assemble(tables, problems);
  return problems.count ? { ok: false, problems: problems.list } : { ok: true, services };
}

function duplicates<T extends { row: number; value: { id: string } }>(rows: T[], file: string, problems: Problems) {
  const seen = new Set<string>();
  for (const { row, value } of rows) {
    if (seen.has(value.id)) problems.add(file, row, `the id ${value.id} is used by an earlier row.`);
    seen.add(value.id);
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!k) continue;
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

function hoursOf(rows: Rows['schedule'], problems: Problems): { openAllDay: boolean; hours: HoursRow[] } {
  const hours: HoursRow[] = [];
  for (const { row, value } of rows) {
    // Monthly and other patterns cannot be said in a weekly schedule; the description keeps the words.
    if (value.freq && value.freq.toUpperCase() !== 'WEEKLY') continue;
    if (!value.byday || !value.opens_at || !value.closes_at) continue;
    for (const code of value.byday.split(',').map((d) => d.trim().toUpperCase())) {
      const index = BYDAY.indexOf(code as (typeof BYDAY)[number]);
      if (index < 0) {
        problems.add('schedule.csv', row, `“${code}” is not a day: byday lists days as MO, TU, WE, TH, FR, SA, SU.`);
        continue;
      }
      hours.push({ day: Weekday.options[index]!, opens: value.opens_at, closes: value.closes_at });
    }
  }
  const allDay = Weekday.options.every((day) =>
    hours.some((h) => h.day === day && h.opens === ALL_DAY.opens && h.closes === ALL_DAY.closes),
  );
  return allDay ? { openAllDay: true, hours: [] } : { openAllDay: false, hours: sortedHours(hours) };
}

function assemble(tables: Rows, problems: Problems): ImportedService[] {
  duplicates(tables.organization, 'organization.csv', problems);
  duplicates(tables.service, 'service.csv', problems);
  const organizations = new Map(tables.organization.map(({ value }) => [value.id, value]));
  const terms = new Map(tables.taxonomy_term.map(({ value }) => [value.id, value]));
  const phonesByService = groupBy(tables.phone, (p) => p.value.service_id);
  const phonesByOrganization = groupBy(tables.phone, (p) => (p.value.service_id ? '' : p.value.organization_id));
  const schedules = groupBy(tables.schedule, (s) => s.value.service_id);
  const areas = groupBy(tables.service_area, (a) => a.value.service_id);
  const languages = groupBy(tables.language, (l) => l.value.service_id);
  const attributes = groupBy(tables.attribute, (a) => a.value.link_id);
  const locationsOf = groupBy(tables.service_at_location, (l) => l.value.service_id);
  const addresses = groupBy(tables.address, (a) => a.value.location_id);
  const serviceIds = new Set(tables.service.map((s) => s.value.id));
  for (const [file, rows] of [
    ['phone.csv', tables.phone],
    ['schedule.csv', tables.schedule],
    ['language.csv', tables.language],
    ['service_area.csv', tables.service_area],
    ['service_at_location.csv', tables.service_at_location],
  ] as const) {
    for (const { row, value } of rows as { row: number; value: { service_id: string } }[]) {
      if (value.service_id && !serviceIds.has(value.service_id))
        problems.add(file, row, `no service in service.csv has the id ${value.service_id}.`);
    }
  }

  const services: ImportedService[] = [];
  for (const { row, value: s } of tables.service) {
    const organization = organizations.get(s.organization_id);
    if (!organization) {
      problems.add('service.csv', row, `no organization in organization.csv has the id ${s.organization_id}.`);
      continue;
    }
    // Services no longer offered are not carried into a directory an officer relies on.
    if (s.status === 'inactive' || s.status === 'defunct') continue;
    const codes = (attributes.get(s.id) ?? []).map((a) => terms.get(a.value.taxonomy_term_id)?.code ?? '');
    const kind = codes.map((c) => c.slice(TERM_PREFIX.kind.length)).find((c) => c && ServiceKind.safeParse(c).success);
    const referral =
      codes.map((c) => c.slice(TERM_PREFIX.referral.length)).find((c) => ReferralWay.safeParse(c).success) ??
      ReferralWay.options.find((w) => ReferralWay.labelOf(w).toLowerCase() === s.application_process.toLowerCase());
    const address = (locationsOf.get(s.id) ?? []).flatMap((l) => addresses.get(l.value.location_id) ?? []).at(0)?.value;
    const phone = (phonesByService.get(s.id) ?? phonesByOrganization.get(s.organization_id) ?? []).find(
      (p) => !['fax', 'text', 'pager'].includes(p.value.type.toLowerCase()),
    );
    const fields = {
      name: s.name,
      kind: (kind as ServiceKind | undefined) ?? 'other',
      description: s.description,
      eligibility: s.eligibility_description,
      ...hoursOf(schedules.get(s.id) ?? [], problems),
      phone: phone?.value.number ?? '',
      address: address ? [address.address_1, address.address_2].filter(Boolean).join(', ') : '',
      city: address?.city ?? '',
      state: address?.state_province ?? '',
      postalCode: address?.postal_code ?? '',
      area: (areas.get(s.id) ?? [])
        .map((a) => a.value.name || a.value.description)
        .filter(Boolean)
        .join(', '),
      languages: (languages.get(s.id) ?? [])
        .map((l) => l.value.name || languageFromCode(l.value.code) || l.value.code)
        .filter(Boolean),
      referral: (referral as ReferralWay | undefined) ?? 'call-first',
      receivingFacility: codes.includes(TERM_PREFIX.receiving),
      lastChecked: s.assured_date || null,
    };
    // The same limits as a service typed into the form: a 211's 5,000-word description is refused here, not cut.
    const checked = ServiceFields.omit({ organizationId: true }).safeParse(fields);
    if (!checked.success) {
      problems.add('service.csv', row, checked.error.issues[0]!.message);
      continue;
    }
    services.push({ ...checked.data, organizationName: organization.name });
  }
  return services;
}

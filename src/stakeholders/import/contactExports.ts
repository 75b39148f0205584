import type { ImportField } from '../importRow';
import { foldForSearch } from '../searchText';

/**
 * Contact lists exported from Outlook ("Outlook CSV") and Google Contacts (both its current
 * export and the older "Google CSV") have fixed column names, some of which mean something else
 * than in a hand-made sheet: Outlook's "Title" is Mr. or Dr. (the job is "Job Title"). When the
 * headers are one of these exports, every column gets its field here, so nobody matches forty
 * columns by hand; the second email or phone goes to the notes (labelled by the mapping), and the
 * person can still change any column.
 */

export interface RecognisedExport {
  /** What the file was recognised as, shown in the preview. */
  label: string;
  mapping: ImportField[];
}

const key = (header: string) => foldForSearch(header).replace(/[^a-z0-9]/g, '');

const OUTLOOK: Record<string, ImportField> = {
  firstname: 'firstName',
  middlename: 'firstName',
  lastname: 'lastName',
  suffix: 'lastName',
  jobtitle: 'title',
  company: 'organization',
  department: 'notes',
  emailaddress: 'email',
  email2address: 'notes',
  email3address: 'notes',
  businessphone: 'phone',
  businessphone2: 'notes',
  mobilephone: 'notes',
  companymainphone: 'notes',
  otherphone: 'notes',
  primaryphone: 'notes',
  notes: 'notes',
  categories: 'tags',
};

const GOOGLE: Record<string, ImportField> = {
  name: 'name',
  firstname: 'firstName',
  givenname: 'firstName',
  middlename: 'firstName',
  additionalname: 'firstName',
  lastname: 'lastName',
  familyname: 'lastName',
  namesuffix: 'lastName',
  organizationname: 'organization',
  organization1name: 'organization',
  organizationtitle: 'title',
  organization1title: 'title',
  organizationdepartment: 'notes',
  organization1department: 'notes',
  email1value: 'email',
  email2value: 'notes',
  email3value: 'notes',
  phone1value: 'phone',
  phone2value: 'notes',
  phone3value: 'notes',
  notes: 'notes',
  labels: 'tags',
  groupmembership: 'tags',
};

/** Recognises an Outlook or Google Contacts export by its headers, or returns null for any other sheet. */
export function recogniseContactExport(headers: readonly string[]): RecognisedExport | null {
  const keys = headers.map(key);
  const has = (k: string) => keys.includes(k);
  let table: Record<string, ImportField> | null = null;
  let label = '';
  if (
    has('email1value') ||
    has('phone1value') ||
    has('organization1name') ||
    (has('labels') && has('organizationname'))
  ) {
    table = GOOGLE;
    label = 'Google Contacts export';
  } else if (has('emailaddress') && (has('businessphone') || has('jobtitle')) && has('firstname')) {
    table = OUTLOOK;
    label = 'Outlook contacts export';
  }
  if (!table) return null;
  const found = table;
  const mapping = keys.map((k) => found[k] ?? 'ignore');
  return { label, mapping };
}

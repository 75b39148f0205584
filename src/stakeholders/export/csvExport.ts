import Papa from 'papaparse';
import { Sector } from '../../model/sector';
import {
  EngagementStage,
  ExportPrivacy,
  Level,
  PreferredContact,
  ProgramRole,
  type Stakeholder,
} from '../model/stakeholder';
import type { Organization } from '../model/organization';
import {
  displayName,
  exportableAffiliation,
  exportableContact,
  exportableRoles,
  exportableSector,
  mayShowPersonalDetails,
  type Audience,
} from '../privacy';
import { sectorOf } from '../sectorOf';

/**
 * The stakeholder list as a spreadsheet. The full export is the coalition's own working copy;
 * the share-safe export (the default) applies the shared-audience privacy rule, so it can be
 * sent to a partner agency without exposing anyone who asked not to be exposed.
 */

/**
 * A cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip
 * before reading a formula) is run as a formula when opened. A quote in front makes it text:
 * "=HYPERLINK(...)" typed into a notes field must never become a live link in Excel.
 */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

interface Row {
  person: Stakeholder;
  organization: Organization | undefined;
  organizations: ReadonlyMap<string, Organization>;
  audience: Audience;
}

interface ExportColumn {
  header: string;
  value(row: Row): string;
  /** Left out of the share-safe file altogether. */
  coalitionOnly?: boolean;
}

const COLUMNS: ExportColumn[] = [
  { header: 'Name', value: ({ person, audience }) => displayName(person, audience) },
  {
    header: 'Title',
    value: ({ person, organization, audience }) =>
      exportableAffiliation(person, organization?.name ?? '', audience).title,
  },
  {
    header: 'Organization',
    value: ({ person, organization, audience }) =>
      exportableAffiliation(person, organization?.name ?? '', audience).organization,
  },
  // The sector a person counts for, unless they are withheld: beside "Name withheld", a peer or
  // family sector would disclose health information (privacy.ts: exportableSector).
  {
    header: 'Sector',
    value: ({ person, organizations, audience }) =>
      Sector.labelOf(exportableSector(person, sectorOf(person, organizations), audience)),
  },
  { header: 'Stage', value: ({ person }) => EngagementStage.labelOf(person.stage) },
  { header: 'Email', value: ({ person, audience }) => exportableContact(person, audience)?.email ?? '' },
  { header: 'Phone', value: ({ person, audience }) => exportableContact(person, audience)?.phone ?? '' },
  {
    header: 'Preferred contact',
    value: ({ person, audience }) =>
      exportableContact(person, audience) ? PreferredContact.labelOf(person.preferredContact) : '',
  },
  // A role such as "chair" identifies a person as surely as their name, so it follows the name rule.
  {
    header: 'Roles',
    value: ({ person, audience }) =>
      exportableRoles(person, audience)
        .map((r) => ProgramRole.labelOf(r))
        .join('; '),
  },
  { header: 'Tags', value: ({ person }) => person.tags.join('; '), coalitionOnly: true },
  { header: 'Influence', value: ({ person }) => Level.labelOf(person.influence), coalitionOnly: true },
  { header: 'Interest', value: ({ person }) => Level.labelOf(person.interest), coalitionOnly: true },
  { header: 'Lived experience', value: ({ person }) => (person.livedExperience ? 'Yes' : ''), coalitionOnly: true },
  { header: 'Privacy', value: ({ person }) => ExportPrivacy.labelOf(person.privacy), coalitionOnly: true },
  { header: 'Notes', value: ({ person }) => person.notes, coalitionOnly: true },
];

/**
 * CSV text for a list of people: a byte-order mark so Excel reads accents correctly, CRLF line
 * ends, quotes where needed, and every cell escaped against formula injection.
 */
export function stakeholdersCsv(
  people: readonly Stakeholder[],
  organizations: ReadonlyMap<string, Organization>,
  options: { shareSafe: boolean },
): string {
  const audience: Audience = options.shareSafe ? 'shared' : 'coalition';
  const columns = COLUMNS.filter((c) => !c.coalitionOnly || mayShowPersonalDetails(audience));
  const rows = people.map((person) => {
    const organization = person.organizationId ? organizations.get(person.organizationId) : undefined;
    const row: Row = { person, organization, organizations, audience };
    return columns.map((c) => escapeFormula(c.value(row)));
  });
  const csv = Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `\uFEFF${csv}\r\n`;
}

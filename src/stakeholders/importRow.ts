import { z } from 'zod';
import { Sector } from '../model/sector';
import { Email, Phone, Tag } from './model/stakeholder';
import { longText, optionalLine, requiredLine } from '../model/text';

/**
 * One person as the import command receives them: already read from the file and mapped to
 * fields. The organization is a name, matched to an existing organization or created.
 */
export const ImportRow = z.strictObject({
  name: requiredLine('Name'),
  title: optionalLine('Title'),
  organization: optionalLine('Organization'),
  sector: Sector.default('other'),
  email: Email,
  phone: Phone,
  tags: z.array(Tag).max(50, { error: 'A person can have at most 50 tags.' }).default([]),
  notes: longText('Notes'),
  /** From a "Lived experience" column; a person of the Peer sector is flagged whatever it says (see bringsLivedExperience). */
  livedExperience: z.boolean().default(false),
});
export type ImportRow = z.output<typeof ImportRow>;

/**
 * A row naming an agency and how to reach it but no person (a hospital's front desk, a crisis
 * line): imported as the organization, its contact details kept in the organization's notes.
 */
export const ImportOrganizationRow = z.strictObject({
  organization: requiredLine('Organization'),
  sector: Sector.default('other'),
  /** Who answers at that address or number, when the row says ("Front desk", "Intake"). */
  contact: optionalLine('Title'),
  email: Email,
  phone: Phone,
  notes: longText('Notes'),
});
export type ImportOrganizationRow = z.output<typeof ImportOrganizationRow>;

/** The most people one import takes: a coalition is hundreds; ten thousand is already a mistake. */
export const MAX_IMPORT_ROWS = 10_000;

/** What to do with a row that is someone already in the workspace (or earlier in the file). */
export const DuplicateChoice = z.enum(['skip', 'merge']);
export type DuplicateChoice = z.infer<typeof DuplicateChoice>;

/** The largest file read: ten megabytes is tens of thousands of rows, far more than any coalition. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

/** What a column of the file holds. */
export const ImportField = z.enum([
  'ignore',
  'name',
  'firstName',
  'lastName',
  'title',
  'organization',
  'sector',
  'email',
  'phone',
  'tags',
  'notes',
  'livedExperience',
]);
export type ImportField = z.infer<typeof ImportField>;

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  ignore: 'Do not import',
  name: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  title: 'Title',
  organization: 'Organization',
  sector: 'Sector',
  email: 'Email',
  phone: 'Phone',
  tags: 'Tags',
  notes: 'Notes',
  livedExperience: 'Lived experience (yes or no)',
};

import { z } from 'zod';
import { Sector } from '../model/sector';
import { Email, Phone, Tag } from '../model/stakeholder';
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
});
export type ImportRow = z.output<typeof ImportRow>;

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
};

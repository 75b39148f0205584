import type { Draft } from 'immer';
import { changesOf } from '../../commands/changes';
import { z } from 'zod';
import { DayString } from '../../model/dates';
import { Id } from '../../model/ids';
import { EngagementStage, StakeholderFields, Tag, type Stakeholder } from '../model/stakeholder';
import { optionalLine } from '../../model/text';
import type { WorkspaceDocument } from '../../workspace/document';
import { dayInZone } from '../../model/calendarDay';
import { DuplicateIndex } from '../duplicates';
import { importOrganizationRows } from '../import/organizationRows';
import { DuplicateChoice, ImportOrganizationRow, ImportRow, MAX_IMPORT_ROWS } from '../importRow';
import { organizationKey } from '../nameKeys';
import { organizationNamed } from '../organizationMatch';
import { plainOf } from '../references';
import { removeStakeholders } from '../removal';
import { bringsLivedExperience } from '../sectorOf';
import { changeStage, initialHistory, StageChangeRefused } from '../stageHistory';
import { defineCommand, findOrFail, type CommandContext } from '../../commands/define';
import { inCollection } from '../../commands/references';
import { CommandError, NotFoundError } from '../../errors';

/**
 * The people of the coalition map. A person's stage changes only through changeStakeholderStage
 * (or logging a conversation), so every change lands in their stage history with its day.
 */

const MAX_BULK = 10_000;
const Ids = z.array(Id).min(1, { error: 'Choose at least one person.' }).max(MAX_BULK);
const People = { ids: inCollection('stakeholders', 'person') };

/** An organization typed by name on the form, matched to an existing one or added. */
const OrganizationName = optionalLine('Organization');

export const StakeholderInput = StakeholderFields.extend({
  stage: EngagementStage.default('identified'),
  organizationName: OrganizationName,
}).strict();

// Fields left out stay as they are (changesOf: zod's partial() would reset them to their defaults).
export const StakeholderChanges = changesOf(StakeholderFields)
  .extend({ organizationName: OrganizationName.optional() })
  .strict();

export function today(draft: Draft<WorkspaceDocument>, context: CommandContext): string {
  return dayInZone(context.now, draft.coalition.timeZone);
}

function resolveOrganization(
  draft: Draft<WorkspaceDocument>,
  organizationId: string | null | undefined,
  organizationName: string | undefined,
  sector: Stakeholder['sector'],
  context: CommandContext,
): string | null | undefined {
  if (organizationId) return organizationId;
  if (organizationName) return organizationNamed(draft, organizationName, sector, context.newId).id;
  return organizationId;
}

function findPeople(draft: Draft<WorkspaceDocument>, ids: readonly string[]): Draft<Stakeholder>[] {
  const unique = [...new Set(ids)];
  const plain = plainOf(draft.stakeholders);
  const index = new Map(plain.map((s, i) => [s.id, i]));
  return unique.map((id) => {
    const at = index.get(id);
    if (at === undefined)
      throw new NotFoundError('One of the people chosen no longer exists. It may have been deleted.');
    return draft.stakeholders[at]!;
  });
}

export const addStakeholder = defineCommand({
  name: 'addStakeholder',
  label: 'add stakeholder',
  input: StakeholderInput,
  describe: (input) => `add stakeholder ${input.name}`,
  apply(draft, input, context) {
    const { stage, organizationName, ...fields } = input;
    const organizationId =
      resolveOrganization(draft, fields.organizationId, organizationName, fields.sector, context) ?? null;
    const stamp = context.now.toISOString();
    const person: Stakeholder = {
      id: context.newId(),
      ...fields,
      organizationId,
      stage,
      stageHistory: initialHistory(stage, today(draft, context)),
      createdAt: stamp,
      updatedAt: stamp,
    };
    draft.stakeholders.push(person);
    return person.id;
  },
});

export const updateStakeholder = defineCommand({
  name: 'updateStakeholder',
  references: { id: inCollection('stakeholders', 'person') },
  label: 'edit stakeholder',
  input: z.strictObject({ id: Id, changes: StakeholderChanges }),
  describe: (input, doc) => `edit stakeholder ${doc.stakeholders.find((s) => s.id === input.id)?.name ?? ''}`.trim(),
  apply(draft, { id, changes }, context) {
    const person = findOrFail(draft.stakeholders, id, 'person');
    const { organizationName, ...fields } = changes;
    const organizationId = resolveOrganization(
      draft,
      fields.organizationId,
      organizationName,
      fields.sector ?? person.sector,
      context,
    );
    Object.assign(person, fields);
    if (organizationId !== undefined) person.organizationId = organizationId;
    person.updatedAt = context.now.toISOString();
  },
});

export const changeStakeholderStage = defineCommand({
  name: 'changeStakeholderStage',
  references: People,
  label: 'change stage',
  input: z.strictObject({
    ids: Ids,
    stage: EngagementStage,
    /** The day of the change; today in the coalition's time zone if not given. */
    on: DayString.optional(),
    note: optionalLine('Note', 500),
  }),
  describe: (input, doc) => {
    const stage = EngagementStage.labelOf(input.stage).toLowerCase();
    if (input.ids.length > 1) return `move ${input.ids.length} people to ${stage}`;
    return `move ${doc.stakeholders.find((s) => s.id === input.ids[0])?.name ?? 'stakeholder'} to ${stage}`;
  },
  apply(draft, { ids, stage, on, note }, context) {
    const day = today(draft, context);
    let changed = 0;
    for (const person of findPeople(draft, ids)) {
      try {
        if (changeStage(person, { stage, on: on ?? day, note }, day) === 'changed') {
          person.updatedAt = context.now.toISOString();
          changed += 1;
        }
      } catch (error) {
        if (error instanceof StageChangeRefused) throw new CommandError(error.message);
        throw error;
      }
    }
    return { changed, unchanged: ids.length - changed };
  },
});

export const addStakeholderTag = defineCommand({
  name: 'addStakeholderTag',
  references: People,
  label: 'add tag',
  input: z.strictObject({ ids: Ids, tag: Tag }),
  describe: (input) =>
    `add tag “${input.tag}” to ${input.ids.length === 1 ? '1 person' : `${input.ids.length} people`}`,
  apply(draft, { ids, tag }, context) {
    let changed = 0;
    for (const person of findPeople(draft, ids)) {
      if (person.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) continue;
      if (person.tags.length >= 50)
        throw new CommandError(`${person.name} already has 50 tags, the most a person can have.`);
      person.tags.push(tag);
      person.updatedAt = context.now.toISOString();
      changed += 1;
    }
    return { changed };
  },
});

export const removeStakeholderTag = defineCommand({
  name: 'removeStakeholderTag',
  references: People,
  label: 'remove tag',
  input: z.strictObject({ ids: Ids, tag: Tag }),
  describe: (input) =>
    `remove tag “${input.tag}” from ${input.ids.length === 1 ? '1 person' : `${input.ids.length} people`}`,
  apply(draft, { ids, tag }, context) {
    let changed = 0;
    for (const person of findPeople(draft, ids)) {
      const kept = person.tags.filter((t) => t.toLowerCase() !== tag.toLowerCase());
      if (kept.length === person.tags.length) continue;
      person.tags = kept;
      person.updatedAt = context.now.toISOString();
      changed += 1;
    }
    return { changed };
  },
});

export const deleteStakeholders = defineCommand({
  name: 'deleteStakeholders',
  references: People,
  label: 'delete stakeholders',
  input: z.strictObject({ ids: Ids }),
  describe: (input, doc) =>
    input.ids.length === 1
      ? `delete stakeholder ${doc.stakeholders.find((s) => s.id === input.ids[0])?.name ?? ''}`.trim()
      : `delete ${input.ids.length} stakeholders`,
  apply(draft, { ids }) {
    findPeople(draft, ids);
    return removeStakeholders(draft, new Set(ids));
  },
});

export interface ImportOutcome {
  added: number;
  merged: number;
  skipped: number;
  organizationsCreated: number;
}

/**
 * Adds the people of a spreadsheet in one change (one undo puts everything back). Duplicates are
 * found again here from the workspace itself, never taken from the screen: a row that is someone
 * already present (or earlier in the file) is skipped, or merged into them: blanks filled in and
 * tags added, nothing already written overwritten.
 */
export const importStakeholders = defineCommand({
  name: 'importStakeholders',
  label: 'import stakeholders',
  input: z
    .strictObject({
      rows: z.array(ImportRow).max(MAX_IMPORT_ROWS, {
        error: `At most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} people can be imported at once.`,
      }),
      /** Rows naming an agency and its contact details but no person, added as organizations. */
      organizations: z.array(ImportOrganizationRow).max(MAX_IMPORT_ROWS).default([]),
      duplicates: DuplicateChoice.default('skip'),
    })
    .refine((input) => input.rows.length + input.organizations.length > 0, {
      error: 'There is no one to import.',
      path: ['rows'],
    }),
  describe: (input) =>
    `import ${input.rows.length === 1 ? '1 person' : `${input.rows.length.toLocaleString('en-US')} people`}`,
  apply(draft, { rows, organizations, duplicates }, context): ImportOutcome {
    const stamp = context.now.toISOString();
    const day = today(draft, context);
    const plainOrgs = plainOf(draft.organizations);
    const orgCache = new Map(plainOrgs.map((o) => [organizationKey(o.name), o.id]));
    const index = DuplicateIndex.forWorkspace(plainOf(draft.stakeholders), plainOrgs);
    const positions = new Map(plainOf(draft.stakeholders).map((s, i) => [s.id, i]));
    const addedInThisImport = new Map<number, Stakeholder>();
    const outcome: ImportOutcome = { added: 0, merged: 0, skipped: 0, organizationsCreated: 0 };

    rows.forEach((row, rowIndex) => {
      const keys = { name: row.name, email: row.email, organizationName: row.organization };
      const match = index.match(keys);
      if (match) {
        if (duplicates === 'skip') {
          outcome.skipped += 1;
          return;
        }
        const target =
          match.kind === 'existing'
            ? draft.stakeholders[positions.get(match.stakeholderId) ?? -1]
            : addedInThisImport.get(match.row);
        if (!target) throw new NotFoundError('A person to merge into no longer exists.');
        mergeInto(target, row, stamp);
        outcome.merged += 1;
        return;
      }
      let organizationId: string | null = null;
      if (row.organization) {
        const found = organizationNamed(draft, row.organization, row.sector, context.newId, orgCache);
        organizationId = found.id;
        if (found.created) outcome.organizationsCreated += 1;
      }
      const person: Stakeholder = {
        id: context.newId(),
        name: row.name,
        title: row.title,
        organizationId,
        sector: row.sector,
        email: row.email,
        phone: row.phone,
        tags: row.tags,
        notes: row.notes,
        preferredContact: 'any',
        // The list shows the heart for the Peer sector too; the record says the same (one rule: bringsLivedExperience).
        livedExperience: bringsLivedExperience(row),
        // Agency contacts from a spreadsheet are shown as written; a person's wish to be left out is set on their record.
        privacy: 'public',
        roles: [],
        influence: 'medium',
        interest: 'medium',
        stage: 'identified',
        stageHistory: initialHistory('identified', day),
        createdAt: stamp,
        updatedAt: stamp,
      };
      draft.stakeholders.push(person);
      addedInThisImport.set(rowIndex, person);
      index.remember(keys, { kind: 'earlier-row', row: rowIndex, name: row.name });
      outcome.added += 1;
    });
    outcome.organizationsCreated += importOrganizationRows(draft, organizations, context.newId, orgCache).created;
    return outcome;
  },
});

function mergeInto(person: Draft<Stakeholder> | Stakeholder, row: ImportRow, stamp: string): void {
  if (!person.title && row.title) person.title = row.title;
  if (!person.email && row.email) person.email = row.email;
  if (!person.phone && row.phone) person.phone = row.phone;
  if (person.sector === 'other' && row.sector !== 'other') person.sector = row.sector;
  if (!person.livedExperience && bringsLivedExperience(person)) person.livedExperience = true;
  for (const tag of row.tags) {
    if (person.tags.length < 50 && !person.tags.some((t) => t.toLowerCase() === tag.toLowerCase()))
      person.tags.push(tag);
  }
  if (row.notes && !person.notes.includes(row.notes)) {
    const merged = person.notes ? `${person.notes}\n\n${row.notes}` : row.notes;
    if (merged.length <= 20_000) person.notes = merged;
  }
  person.updatedAt = stamp;
}

export const stakeholderCommands = {
  addStakeholder,
  updateStakeholder,
  changeStakeholderStage,
  addStakeholderTag,
  removeStakeholderTag,
  deleteStakeholders,
  importStakeholders,
};

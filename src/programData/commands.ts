import type { Draft } from 'immer';
import { z } from 'zod';
import { defineCommand, type CommandContext } from '../commands/define';
import { inCollection } from '../commands/references';
import { CommandError, InputError, NotFoundError } from '../errors';
import { Id } from '../model/ids';
import { longText, requiredLine } from '../model/text';
import type { WorkspaceDocument } from '../workspace/document';
import { readImportText } from './importRows';
import { allMeasures } from './measures';
import { MeasureFields, MeasureId, MeasureUnit, MeasureValue, type Measure, type QuarterEntry } from './model';
import { QuarterString, quarterInWords } from './quarters';
import { checkValue } from './values';

/**
 * Changes to program data. Each is one undoable step; an import of many rows is one step too, and
 * it changes nothing unless every row can be read.
 */

const organizationName = (doc: WorkspaceDocument, id: string) =>
  doc.organizations.find((o) => o.id === id)?.name ?? 'the agency';

/** Checks values against the measures (known, whole for counts) and drops "not reported" ones. */
function checkedValues(
  draft: Draft<WorkspaceDocument>,
  values: Record<string, number | null>,
): { set: Record<string, number>; cleared: string[] } {
  const measures = new Map(allMeasures(draft.programMeasures).map((m) => [m.id, m]));
  const set: Record<string, number> = {};
  const cleared: string[] = [];
  for (const [measureId, value] of Object.entries(values)) {
    const measure = measures.get(measureId);
    if (!measure) throw new NotFoundError('That measure no longer exists. It may have been removed.');
    if (value === null) {
      cleared.push(measureId);
      continue;
    }
    const reading = checkValue(value, measure);
    if (!reading.ok) throw new InputError(reading.message, { [`values.${measureId}`]: reading.message });
    set[measureId] = value;
  }
  return { set, cleared };
}

function newEntry(organizationId: string, quarter: string, context: CommandContext): QuarterEntry {
  const stamp = context.now.toISOString();
  return { id: context.newId(), organizationId, quarter, values: {}, note: '', createdAt: stamp, updatedAt: stamp };
}

/**
 * Sets an agency's numbers for a quarter: creates its entry or changes the one there, so there is
 * never a second entry for the same agency and quarter. A value of null clears a cell (not reported).
 */
export const setQuarterValues = defineCommand({
  name: 'setQuarterValues',
  label: 'enter program data',
  input: z.strictObject({
    organizationId: Id,
    quarter: QuarterString,
    values: z.record(MeasureId, MeasureValue.nullable()).default({}),
    note: longText('Note').optional(),
  }),
  describe: (input, doc) => `enter ${input.quarter} numbers for ${organizationName(doc, input.organizationId)}`,
  apply(draft, { organizationId, quarter, values, note }, context) {
    const { set, cleared } = checkedValues(draft, values);
    let entry = draft.programQuarters.find((e) => e.organizationId === organizationId && e.quarter === quarter);
    if (!entry) {
      draft.programQuarters.push(newEntry(organizationId, quarter, context));
      entry = draft.programQuarters.at(-1)!;
    }
    Object.assign(entry.values, set);
    for (const id of cleared) delete entry.values[id];
    if (note !== undefined) entry.note = note;
    entry.updatedAt = context.now.toISOString();
    return entry.id;
  },
});

/** Moves an entry to another agency or quarter (a number entered on the wrong line). */
export const moveQuarterEntry = defineCommand({
  name: 'moveQuarterEntry',
  references: { id: inCollection('programQuarters', 'program data entry') },
  label: 'move program data',
  input: z.strictObject({ id: Id, organizationId: Id, quarter: QuarterString }),
  describe: (input, doc) => `move numbers to ${input.quarter} for ${organizationName(doc, input.organizationId)}`,
  apply(draft, { id, organizationId, quarter }, context) {
    const entry = draft.programQuarters.find((e) => e.id === id)!;
    const taken = draft.programQuarters.find(
      (e) => e.id !== id && e.organizationId === organizationId && e.quarter === quarter,
    );
    if (taken) {
      throw new CommandError(
        `${organizationName(draft, organizationId)} already has numbers for ${quarterInWords(quarter)}. Change those instead, or delete them first.`,
      );
    }
    Object.assign(entry, { organizationId, quarter, updatedAt: context.now.toISOString() });
  },
});

export const deleteQuarterEntry = defineCommand({
  name: 'deleteQuarterEntry',
  references: { id: inCollection('programQuarters', 'program data entry') },
  label: 'delete program data',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) => {
    const entry = doc.programQuarters.find((e) => e.id === input.id);
    return entry
      ? `delete ${entry.quarter} numbers for ${organizationName(doc, entry.organizationId)}`
      : 'delete program data';
  },
  apply(draft, { id }) {
    draft.programQuarters = draft.programQuarters.filter((e) => e.id !== id);
  },
});

/**
 * Many rows at once from a CSV file or pasted spreadsheet rows. Rows for an agency and quarter
 * already entered fill in the numbers they give, like typing them into the grid.
 */
export const importQuarterRows = defineCommand({
  name: 'importQuarterRows',
  label: 'import program data',
  input: z.strictObject({ text: z.string().max(5_000_000, { error: 'That file is too large to import at once.' }) }),
  describe: () => 'import program data',
  apply(draft, { text }, context) {
    const { rows, problems } = readImportText(text, allMeasures(draft.programMeasures), draft.organizations);
    if (problems.length) {
      const shown = problems.slice(0, 10).map((p) => `Row ${p.row}: ${p.message}`);
      const more = problems.length > 10 ? ` And ${problems.length - 10} more.` : '';
      throw new CommandError(`Nothing was imported. Fix these rows and try again. ${shown.join(' ')}${more}`);
    }
    if (!rows.length) throw new CommandError('Nothing was imported: there are no rows under the column names.');
    const byKey = new Map(draft.programQuarters.map((e, index) => [`${e.organizationId} ${e.quarter}`, index]));
    let added = 0;
    let updated = 0;
    for (const row of rows) {
      const index = byKey.get(`${row.organizationId} ${row.quarter}`);
      const entry = index === undefined ? undefined : draft.programQuarters[index];
      if (entry) {
        Object.assign(entry.values, row.values);
        if (row.note) entry.note = row.note;
        entry.updatedAt = context.now.toISOString();
        updated += 1;
      } else {
        draft.programQuarters.push({
          ...newEntry(row.organizationId, row.quarter, context),
          values: row.values,
          note: row.note,
        });
        added += 1;
      }
    }
    return { added, updated };
  },
});

/** A measure of the coalition's own, added after the defaults. */
export const addMeasure = defineCommand({
  name: 'addMeasure',
  label: 'add measure',
  input: MeasureFields.strict(),
  describe: (input) => `add measure "${input.label}"`,
  apply(draft, { label, unit }, context) {
    const measures = allMeasures(draft.programMeasures);
    refuseDuplicateLabel(measures, label, null);
    const order = Math.max(0, ...measures.map((m) => m.order)) + 10;
    const measure: Measure = { id: context.newId(), label, unit, kept: true, order, custom: true };
    draft.programMeasures.push(measure);
    return measure.id;
  },
});

/** Renames a measure, keeps or drops it, or moves it; a default measure is stored once changed. */
export const updateMeasure = defineCommand({
  name: 'updateMeasure',
  references: {
    id: { kind: 'record', what: 'measure', among: (doc) => allMeasures(doc.programMeasures).map((m) => m.id) },
  },
  label: 'edit measure',
  input: z.strictObject({
    id: MeasureId,
    changes: z.strictObject({
      label: requiredLine('Measure name', 120).optional(),
      unit: MeasureUnit.optional(),
      kept: z.boolean().optional(),
      order: z.number().finite().optional(),
    }),
  }),
  describe: (input, doc) =>
    `edit measure "${allMeasures(doc.programMeasures).find((m) => m.id === input.id)?.label ?? ''}"`,
  apply(draft, { id, changes }) {
    const measures = allMeasures(draft.programMeasures);
    const measure = measures.find((m) => m.id === id);
    if (!measure) throw new NotFoundError('That measure no longer exists. It may have been removed.');
    if (changes.label !== undefined) refuseDuplicateLabel(measures, changes.label, id);
    if (changes.unit === 'count' && measure.unit === 'hours') {
      const fractional = draft.programQuarters.some((e) => !Number.isInteger(e.values[id] ?? 0));
      if (fractional)
        throw new CommandError(`Some numbers of “${measure.label}” have decimals, so it cannot become a count.`);
    }
    const stored = draft.programMeasures.find((m) => m.id === id);
    if (stored) Object.assign(stored, changes);
    else draft.programMeasures.push({ ...measure, ...changes });
  },
});

function refuseDuplicateLabel(measures: readonly Measure[], label: string, exceptId: string | null): void {
  const key = label.trim().toLowerCase();
  const same = measures.find((m) => m.id !== exceptId && m.label.trim().toLowerCase() === key);
  if (same)
    throw new InputError(`There is already a measure called “${same.label}”.`, { label: 'Choose another name.' });
}

export const programDataCommands = {
  setQuarterValues,
  moveQuarterEntry,
  deleteQuarterEntry,
  importQuarterRows,
  addMeasure,
  updateMeasure,
};

import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { applyCommand, parseCommandInput } from '../../src/commands/apply';
import { type Command } from '../../src/commands/define';
import { checkReferences, referenceFor, type FieldReference, type Reference } from '../../src/commands/references';
import { COMMANDS } from '../../src/api/features';
import { ActionItem } from '../../src/actions/model';
import { Conversation } from '../../src/stakeholders/model/conversation';
import { Meeting } from '../../src/meetings/model';
import { Policy } from '../../src/policies/model';
import { RecognitionEvent } from '../../src/recognition/model';
import { StageMark } from '../../src/stages/model';
import { Course, TrainingClass } from '../../src/training/model';
import { Workgroup } from '../../src/workgroups/model';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { ALL_ITEMS } from '../../src/stages/definitions';
import { refusal } from '../support/refusal';
import { QuarterEntry } from '../../src/programData/model';
import { CommitteeSeat, ConflictDeclaration, OfficerTerm } from '../../src/committee/model';
import { coalition, nextId, NOW, run } from '../support/fixtures/policies-fixture';
import { Service } from '../../src/directory/model';
import { CommandError, InputError, missingRecordMessage } from '../../src/errors';

/**
 * Every field of every command that names a record is checked the same way, before the command
 * runs: the list of commands comes from the registry and the fields from each command's own zod
 * schema, so a command added later is covered, and a field called like an id (`…Id`, `…Ids`,
 * `id`, `ids`) that nobody declared as a reference fails the test until it is declared.
 */

const UNKNOWN = 'zz-names-nothing-0001';
const PENDING = 'pending-reference-01';
const isIdKey = (key: string) => /^(id|ids)$|Id$|Ids$/.test(key);

type Schema = z.ZodType & { def: Record<string, unknown> & { type: string } };
type Step = string | number;
interface Location {
  path: Step[];
  key: string;
  reference: FieldReference;
}

function inner(schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 20; i += 1) {
    const def = current.def as { type: string; innerType?: Schema; in?: Schema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
  return current;
}

const shapeOf = (schema: Schema) => (schema as unknown as { shape?: Record<string, Schema> }).shape;
const elementOf = (schema: Schema) => (schema.def as { element?: Schema }).element;
const optionsOf = (schema: Schema) => (schema.def as { options?: Schema[] }).options;

/** Every field name in a schema, with its path; a declared reference is not looked inside. */
function fieldsOf(
  schema: Schema,
  own: Command['references'],
  path: Step[] = [],
  out: Location[] = [],
  undeclared: string[] = [],
) {
  const at = inner(schema);
  const shape = shapeOf(at);
  if (shape) {
    for (const [key, field] of Object.entries(shape)) {
      const reference = referenceFor(key, own);
      if (reference) out.push({ path: [...path, key], key, reference });
      else {
        if (isIdKey(key)) undeclared.push([...path, key].join('.'));
        fieldsOf(field, own, [...path, key], out, undeclared);
      }
    }
  } else if (at.def.type === 'array') {
    fieldsOf(elementOf(at)!, own, [...path, 0], out, undeclared);
  } else if (optionsOf(at)) {
    for (const option of optionsOf(at)!) fieldsOf(option, own, path, out, undeclared);
  }
  return { locations: out, undeclared };
}

const FILLERS: unknown[] = [
  'Fuzz text',
  '2025-Q1',
  '2025-03-03',
  '09:30',
  'UTC',
  'https://example.org',
  5,
  1,
  0,
  10,
  2025,
  true,
  false,
];

/** A value the schema accepts; reference fields (and what holds them) are always filled in. */
function synthesize(schema: Schema, own: Command['references'], key = ''): unknown {
  const reference = key ? referenceFor(key, own) : undefined;
  if (reference?.kind === 'kinded') return { kind: 'meeting', id: PENDING };
  if (reference) return schema.safeParse(PENDING).success ? PENDING : [PENDING];
  const at = inner(schema);
  const shape = shapeOf(at);
  if (shape) {
    const value: Record<string, unknown> = {};
    for (const [field, fieldSchema] of Object.entries(shape)) {
      const optional = fieldSchema.safeParse(undefined).success;
      const holdsReference = fieldsOf(fieldSchema, own).locations.length > 0 || referenceFor(field, own);
      if (optional && !holdsReference) continue;
      value[field] = synthesize(fieldSchema, own, field);
    }
    return value;
  }
  if (at.def.type === 'array') return [synthesize(elementOf(at)!, own)];
  const options = (at as unknown as { options?: unknown[] }).options;
  if (options && !optionsOf(at)) return options[0];
  if (optionsOf(at)) {
    for (const option of optionsOf(at)!) {
      const made = synthesize(option, own);
      if (schema.safeParse(made).success) return made;
    }
  }
  const values = (at.def as { values?: unknown[] }).values;
  if (values) return values[0];
  return FILLERS.find((candidate) => schema.safeParse(candidate).success);
}

function setAt(root: unknown, path: Step[], value: unknown): void {
  let node = root as Record<Step, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<Step, unknown>;
  node[path.at(-1)!] = value;
}
function getAt(root: unknown, path: Step[]): unknown {
  let node = root as Record<Step, unknown> | undefined;
  for (const step of path) node = node?.[step] as Record<Step, unknown> | undefined;
  return node;
}

/** One of each record, each holding one of what lives inside it, so every reference can name something. */
function workspace(): WorkspaceDocument {
  const doc = coalition();
  const stamp = NOW.toISOString();
  const meeting = doc.meetings[0]!;
  doc.meetings[0] = Meeting.parse({
    ...meeting,
    agenda: [{ id: 'sec-welcome', title: 'Welcome', items: [{ id: 'agi-intro', title: 'Introductions' }] }],
    minutes: {
      items: [
        { id: 'mi-intro', title: 'Introductions', decisions: [{ id: 'dec-one', text: 'Meet monthly', vote: null }] },
      ],
    },
    reviewActionItemIds: ['ai-hall'],
    series: { id: 'ser-steer', name: 'Steering committee', rule: { kind: 'weekly', weekday: 'TU' } },
  });
  doc.workgroups.push(Workgroup.parse({ id: 'wg-receiving', name: 'Receiving facilities', createdAt: stamp }));
  doc.actionItems.push(ActionItem.parse({ id: 'ai-hall', title: 'Book the hall', createdAt: stamp }));
  doc.conversations.push(
    Conversation.parse({ id: 'cv-first', date: '2025-03-01', stakeholderIds: ['st-lee'], createdAt: stamp }),
  );
  doc.policies.push(
    Policy.parse({
      id: 'pol-transport',
      title: 'Transport to the crisis center',
      owningOrganizationId: 'org-sheriff',
      partnerOrganizationIds: ['org-crisis'],
      revisions: [
        {
          id: 'rev-one',
          version: '1.0',
          date: '2025-01-10',
          text: 'Officers may bring a person to the crisis center.',
          reviews: [{ id: 'rvw-one', reviewerId: 'st-lee', on: '2025-01-12' }],
          signatures: [{ organizationId: 'org-crisis', signedOn: '2025-01-20' }],
          createdAt: stamp,
        },
      ],
      createdAt: stamp,
    }),
  );
  doc.recognitionEvents.push(
    RecognitionEvent.parse({
      id: 'ev-awards',
      title: 'CIT awards',
      date: '2025-05-01',
      categories: [{ id: 'cat-officer', name: 'CIT Officer of the Year' }],
      nominations: [
        {
          id: 'nom-ortiz',
          categoryId: 'cat-officer',
          nomineeId: 'st-ortiz',
          reviews: [{ reviewerId: 'st-lee', score: 5, scoredAt: stamp }],
          createdAt: stamp,
        },
      ],
      committeeIds: ['st-lee'],
      runOfShow: [{ id: 'seg-welcome', kind: 'welcome', title: 'Welcome' }],
      createdAt: stamp,
    }),
  );
  doc.trainingCourses.push(Course.parse({ id: 'crs-cit', name: 'CIT 40-hour course', hours: 40, createdAt: stamp }));
  doc.trainingClasses.push(
    TrainingClass.parse({
      id: 'cls-may',
      courseId: 'crs-cit',
      startsOn: '2025-03-03',
      endsOn: '2025-03-07',
      instructorIds: ['st-lee'],
      trainees: [{ id: 'trn-reyes', name: 'Sam Reyes', organizationId: 'org-sheriff' }],
      createdAt: stamp,
    }),
  );
  doc.stageMarks.push(
    StageMark.parse({
      itemId: ALL_ITEMS[0]!.item.id,
      status: 'done',
      on: '2025-03-01',
      by: 'Dana Lee',
      note: 'Agreed at the first meeting',
      markedAt: stamp,
    }),
  );
  doc.programQuarters.push(
    QuarterEntry.parse({
      id: 'pq-sheriff-2025q1',
      organizationId: 'org-sheriff',
      quarter: '2025-Q1',
      values: { 'calls-mental-health': 40 },
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  doc.services.push(
    Service.parse({ id: 'svc-crisis', organizationId: 'org-crisis', name: 'Crisis line', createdAt: stamp, updatedAt: stamp }),
    Service.parse({ id: 'svc-clinic', organizationId: 'org-crisis', name: 'Clinic', createdAt: stamp, updatedAt: stamp }),
  );
  doc.committeeSeats.push(
    CommitteeSeat.parse({
      id: 'seat-sheriff',
      name: 'Sheriff’s office',
      terms: [{ id: 'term-ortiz', stakeholderId: 'st-ortiz', startsOn: '2025-01-01' }],
      createdAt: stamp,
    }),
  );
  doc.committeeOfficers.push(OfficerTerm.parse({ id: 'off-chair', role: 'chair', stakeholderId: 'st-ortiz', from: '2025-01-01' }));
  doc.conflictDeclarations.push(
    ConflictDeclaration.parse({ id: 'dcl-ortiz', stakeholderId: 'st-ortiz', year: 2025, declaredOn: '2025-01-05', nothingToDeclare: true, createdAt: stamp }),
  );
  return doc;
}

function referenceAt(reference: FieldReference, value: unknown): Reference {
  if (reference.kind === 'record') return reference;
  return reference.kinds[(value as { kind: string }).kind]!;
}

/** An input the schema accepts in which every reference names a record of the workspace. */
function wellFormedInput(doc: WorkspaceDocument, command: Command, locations: Location[]): Record<string, unknown> {
  const input = synthesize(command.input as Schema, command.references) as Record<string, unknown>;
  // Twice: a record inside another (an agenda item) is found once the one holding it is named.
  for (let round = 0; round < 3; round += 1) {
    for (const { path, reference } of locations) {
      const value = getAt(input, path);
      if (value === undefined) continue;
      const named = referenceAt(reference, value);
      const first = [...(named.among(doc, input) ?? [])][0];
      if (first === undefined) continue;
      if (reference.kind === 'kinded') setAt(input, path, { kind: (value as { kind: string }).kind, id: first });
      else setAt(input, path, Array.isArray(value) ? [first] : first);
    }
  }
  return input;
}

const commands = Object.values(COMMANDS) as Command[];

describe('every reference a command is given names a record that exists', () => {
  it('refuses an action item whose workgroup names nothing, as every other reference is refused', () => {
    const refused = refusal(() =>
      run(coalition(), 'addActionItem', { title: 'Book the hall', workgroupId: 'wg-nothing-here' }),
    );
    expect(refused.error).toBeInstanceOf(CommandError);
    expect(refused.message).toBe('That workgroup no longer exists. It may have been deleted.');
  });

  it('declares every field named like an id, in every command, as a reference', () => {
    const undeclared = commands.flatMap((command) =>
      fieldsOf(command.input as Schema, command.references).undeclared.map((field) => `${command.name}: ${field}`),
    );
    expect(undeclared).toEqual([]);
  });

  it("declares a command's own references only for fields its input has", () => {
    const stray = commands.flatMap((command) => {
      const keys = new Set(fieldsOf(command.input as Schema, command.references).locations.map((l) => l.key));
      return Object.keys(command.references ?? {})
        .filter((key) => !keys.has(key))
        .map((key) => `${command.name}: ${key}`);
    });
    expect(stray).toEqual([]);
  });

  const doc = workspace();
  const cases = commands.flatMap((command) =>
    fieldsOf(command.input as Schema, command.references).locations.flatMap((location) => {
      const kinds = location.reference.kind === 'kinded' ? Object.keys(location.reference.kinds) : [null];
      return kinds.map((kind) => ({
        command,
        location,
        kind,
        label: `${command.name}: ${location.path.join('.')}${kind ? ` (${kind})` : ''}`,
      }));
    }),
  );

  it('finds the references of every kind of record', () => {
    expect(cases.length).toBeGreaterThan(120);
    const keys = new Set(cases.map((c) => c.location.key));
    for (const key of [
      'workgroupId',
      'ownerId',
      'inviteeIds',
      'meetingId',
      'itemId',
      'source',
      'id',
      'ids',
      'categoryId',
    ])
      expect(keys).toContain(key);
  });

  it.each(cases.map((c) => [c.label, c] as const))(
    '%s: an id that names nothing is refused before the change',
    (_label, c) => {
      const { command, location, kind } = c;
      const locations = fieldsOf(command.input as Schema, command.references).locations;
      const input = wellFormedInput(doc, command, locations);
      const parsed = command.input.safeParse(input);
      expect(parsed.success, `${command.name} well-formed input ${JSON.stringify(input)}`).toBe(true);
      // The well-formed input passes the check, so the refusal below is for this field alone.
      expect(() => checkReferences(doc, parsed.data, command.references)).not.toThrow();

      const hostile = structuredClone(input);
      const value = getAt(hostile, location.path);
      const unknown = kind ? { kind, id: UNKNOWN } : Array.isArray(value) ? [UNKNOWN] : UNKNOWN;
      setAt(hostile, location.path, unknown);
      const named = referenceAt(location.reference, unknown);
      // Through the one parse at the boundary, then the change, as every caller does.
      const refused = refusal(() =>
        applyCommand(doc, command, parseCommandInput(command, hostile), { now: NOW, newId: nextId }),
      );
      if (command.input.safeParse(hostile).success) {
        expect(refused.error, refused.message).toBeInstanceOf(CommandError);
        expect(refused.message).toBe(named.message ?? missingRecordMessage(named.what));
      } else {
        // The schema itself knows every value this field can take (the checklist's items).
        expect(refused.error).toBeInstanceOf(InputError);
      }
    },
  );
});

import type { CommandResult, MethodInput } from '../../src/api/contract';
import { applyByName } from '../support/commands';
import { type CommandName } from '../../src/api/features';
import { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { emptyWorkspace, WorkspaceDocument } from '../../src/workspace/document';

/**
 * A small coalition for meeting tests, changed only through the real commands (no hand-made
 * meeting records), so the tests exercise what the app does.
 */
let counter = 0;
export const ids = () => `id-${String(++counter).padStart(6, '0')}`;

export function coalition(timeZone = 'America/Chicago') {
  const doc = WorkspaceDocument.parse(
    emptyWorkspace({
      name: 'Riverside CIT Coalition',
      community: 'Riverside County',
      timeZone,
      now: new Date('2026-01-05T15:00:00Z'),
    }),
  );
  const person = (name: string, extra: Record<string, unknown> = {}) =>
    Stakeholder.parse({
      id: ids(),
      name,
      createdAt: '2026-01-05T15:00:00Z',
      updatedAt: '2026-01-05T15:00:00Z',
      ...extra,
    });
  const people = {
    chief: person('Dana Whitfield', {
      sector: 'law-enforcement',
      stage: 'steering-committee',
      email: 'dana@riverside.gov',
    }),
    clinician: person('Marcus Ortega', {
      sector: 'mental-health',
      stage: 'steering-committee',
      email: 'marcus@crisis.org',
    }),
    nami: person('June Park', {
      sector: 'advocacy',
      stage: 'steering-committee',
      email: 'june@nami.org',
      privacy: 'name-only',
    }),
    peer: person('Rae Collins', {
      sector: 'peer',
      livedExperience: true,
      stage: 'steering-committee',
      email: 'rae@example.org',
      privacy: 'private',
    }),
    judge: person('Hon. Lee Amari', { sector: 'courts', stage: 'steering-committee' }),
    dispatch: person('Sam Ibe', { sector: 'dispatch', stage: 'committed', email: 'sam@911.gov' }),
  };
  return { doc: { ...doc, stakeholders: Object.values(people) }, people };
}

export type Doc = ReturnType<typeof coalition>['doc'];

/** Applies a command as the app would at a given moment; returns the new document and the result. */
export function run<C extends CommandName>(
  doc: Doc,
  name: C,
  input: MethodInput<C>,
  now = new Date('2026-03-01T15:00:00Z'),
): { doc: Doc; result: CommandResult<C> } {
  const applied = applyByName(doc, name, input, { now, newId: ids });
  return { doc: applied.doc as Doc, result: applied.result };
}

/** Runs a command and returns the id it made, for chaining in a test. */
export function make<C extends CommandName>(state: { doc: Doc }, name: C, input: MethodInput<C>, now?: Date): string {
  const out = run(state.doc, name, input, now);
  state.doc = out.doc;
  return out.result as string;
}

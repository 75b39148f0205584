import type { CommandResult, MethodInput } from '../../src/api/contract';
import { applyByName } from '../support/commands';
import { type CommandName } from '../../src/api/features';
import { Organization } from '../../src/stakeholders/model/organization';
import { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { emptyWorkspace, type WorkspaceDocument } from '../../src/workspace/document';

/**
 * A small coalition for the recognition tests: two agencies and the people the tests need, with
 * the privacy settings the export rules turn on. Changes go through the real commands.
 */
export const NOW = new Date('2025-09-01T15:00:00Z');

let counter = 0;
export const context = { now: NOW, newId: () => `id-${(counter += 1).toString().padStart(6, '0')}` };

const stamp = NOW.toISOString();

export function person(id: string, name: string, extra: Partial<Stakeholder> = {}): Stakeholder {
  return Stakeholder.parse({ id, name, createdAt: stamp, updatedAt: stamp, ...extra });
}

export function coalition(): WorkspaceDocument {
  const doc = emptyWorkspace({
    name: 'Riverside County CIT Coalition',
    community: 'Riverside County',
    timeZone: 'America/Chicago',
    now: NOW,
  });
  doc.organizations.push(
    Organization.parse({ id: 'org-police', name: 'Riverside Police Department', sector: 'law-enforcement' }),
    Organization.parse({ id: 'org-crisis', name: 'Riverside Crisis Center', sector: 'mental-health' }),
  );
  doc.stakeholders.push(
    person('p-officer', 'Dana Whitfield', { organizationId: 'org-police', title: 'Officer' }),
    person('p-clinician', 'Luis Ortega', { organizationId: 'org-crisis', privacy: 'name-only' }),
    person('p-peer', 'Sam Rivera', { organizationId: 'org-crisis', privacy: 'private', livedExperience: true }),
    person('p-chair', 'Judge Helen Park', { roles: ['chair'] }),
    person('p-coord', 'Priya Natarajan', { roles: ['coordinator'] }),
    person('p-rev1', 'Alex Kim'),
    person('p-rev2', 'Beth Moreno'),
    person('p-rev3', 'Chris Dube'),
  );
  return doc;
}

/** Applies a command and returns the new document and what the command returned. */
export function run<C extends CommandName>(
  doc: WorkspaceDocument,
  name: C,
  input: MethodInput<C>,
): { doc: WorkspaceDocument; result: CommandResult<C> } {
  const applied = applyByName(doc, name, input, context);
  return { doc: applied.doc, result: applied.result };
}

/** A coalition with one event (standard awards) and helpers to find its parts by name. */
export function withEvent(fields: Record<string, unknown> = {}) {
  const start = run(coalition(), 'addRecognitionEvent', {
    title: '2025 CIT Awards',
    date: '2025-11-14',
    startTime: '18:30',
    venue: 'Riverside Community Hall',
    host: 'Priya Natarajan',
    ...fields,
  });
  const eventId = start.result as string;
  return { doc: start.doc, eventId };
}

export function categoryId(doc: WorkspaceDocument, eventId: string, name: string): string {
  const found = doc.recognitionEvents.find((e) => e.id === eventId)?.categories.find((c) => c.name === name);
  if (!found) throw new Error(`No category ${name}`);
  return found.id;
}

export function eventOf(doc: WorkspaceDocument, eventId: string) {
  const event = doc.recognitionEvents.find((e) => e.id === eventId);
  if (!event) throw new Error('no event');
  return event;
}

export function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
}

import type { MethodInput } from '../../src/api/contract';
import { applyByName } from '../support/commands';
import { type CommandName } from '../../src/api/features';
import { Meeting } from '../../src/meetings/model';
import { Organization } from '../../src/stakeholders/model/organization';
import { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { emptyWorkspace, type WorkspaceDocument } from '../../src/workspace/document';

/**
 * A small coalition for the workgroup and policy tests: four agencies, four people (one who
 * asked not to be named), and a steering committee meeting planned for next week. People and
 * agencies are written straight into the document because their own commands belong to the
 * stakeholders feature; everything the tests exercise goes through real commands.
 */
export const NOW = new Date('2025-03-10T15:00:00Z');
export const TODAY = '2025-03-10';

let counter = 0;
export const nextId = () => `id-${String(++counter).padStart(6, '0')}`;

export function coalition(): WorkspaceDocument {
  const doc = emptyWorkspace({
    name: 'Riverside County CIT Coalition',
    community: 'Riverside County',
    timeZone: 'America/Chicago',
    now: NOW,
  });
  doc.organizations.push(
    Organization.parse({ id: 'org-sheriff', name: 'Riverside County Sheriff’s Office', sector: 'law-enforcement' }),
    Organization.parse({ id: 'org-crisis', name: 'Riverbend Crisis Center', sector: 'mental-health' }),
    Organization.parse({ id: 'org-dispatch', name: 'Riverside Emergency Communications', sector: 'dispatch' }),
    Organization.parse({ id: 'org-hospital', name: 'St. Luke’s Hospital', sector: 'hospital' }),
  );
  const person = (id: string, name: string, organizationId: string | null, extra: Record<string, unknown> = {}) =>
    Stakeholder.parse({
      id,
      name,
      organizationId,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      ...extra,
    });
  doc.stakeholders.push(
    person('st-ortiz', 'Sgt. Ray Ortiz', 'org-sheriff', { sector: 'law-enforcement', title: 'CIT liaison' }),
    person('st-lee', 'Dana Lee', 'org-crisis', { sector: 'mental-health', title: 'Clinical director' }),
    person('st-kim', 'Jo Kim', 'org-dispatch', { sector: 'dispatch', title: 'Dispatch supervisor' }),
    person('st-private', 'Avery Private', null, { sector: 'peer', privacy: 'private', title: 'Peer specialist' }),
  );
  doc.meetings.push(
    Meeting.parse({
      id: 'mt-steer-next',
      title: 'Steering committee, March',
      kind: 'steering-committee',
      date: '2025-03-18',
      startTime: '14:00',
      createdAt: NOW.toISOString(),
    }),
    Meeting.parse({
      id: 'mt-steer-later',
      title: 'Steering committee, April',
      kind: 'steering-committee',
      date: '2025-04-15',
      startTime: '14:00',
      createdAt: NOW.toISOString(),
    }),
    Meeting.parse({
      id: 'mt-steer-past',
      title: 'Steering committee, February',
      kind: 'steering-committee',
      date: '2025-02-18',
      startTime: '14:00',
      status: 'held',
      createdAt: NOW.toISOString(),
    }),
  );
  return doc;
}

/** Applies a command to a document the way a session does (same validation, same context). */
export function run<C extends CommandName>(doc: WorkspaceDocument, name: C, input: MethodInput<C>, now: Date = NOW) {
  const applied = applyByName(doc, name, input, { now, newId: nextId });
  return { doc: applied.doc, result: applied.result };
}

/** A coalition with one MOA (sheriff owns it; crisis center and dispatch sign) and no revisions. */
export function withPolicy(): { doc: WorkspaceDocument; policyId: string } {
  const { doc, result } = run(coalition(), 'addPolicy', {
    title: 'Memorandum of agreement on crisis drop-off',
    kind: 'moa',
    owningOrganizationId: 'org-sheriff',
    partnerOrganizationIds: ['org-crisis', 'org-dispatch'],
  });
  return { doc, policyId: result as string };
}

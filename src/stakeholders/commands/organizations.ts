import { z } from 'zod';
import { changesOf } from '../../commands/changes';
import { Id } from '../../model/ids';
import { OrganizationFields, type Organization } from '../model/organization';
import { findOrganizationByName } from '../organizationMatch';
import { removeOrganizations } from '../removal';
import { defineCommand, findOrFail } from '../../commands/define';
import { inCollection } from '../../commands/references';
import { CommandError } from '../../errors';

const Subject = { id: inCollection('organizations', 'organization') };

/** Agencies and groups. Two organizations with the same name would split one agency's people in two, so names are unique. */

function refuseDuplicateName(organizations: readonly Organization[], name: string, exceptId?: string): void {
  const same = findOrganizationByName(organizations, name);
  if (same && same.id !== exceptId) throw new CommandError(`“${same.name}” is already in the list of organizations.`);
}

export const addOrganization = defineCommand({
  name: 'addOrganization',
  label: 'add organization',
  input: OrganizationFields.strict(),
  describe: (input) => `add organization ${input.name}`,
  apply(draft, input, context) {
    refuseDuplicateName(draft.organizations, input.name);
    const organization: Organization = { id: context.newId(), ...input };
    draft.organizations.push(organization);
    return organization.id;
  },
});

export const updateOrganization = defineCommand({
  name: 'updateOrganization',
  references: Subject,
  label: 'edit organization',
  input: z.strictObject({ id: Id, changes: changesOf(OrganizationFields) }),
  describe: (input, doc) => `edit organization ${doc.organizations.find((o) => o.id === input.id)?.name ?? ''}`.trim(),
  apply(draft, { id, changes }) {
    const organization = findOrFail(draft.organizations, id, 'organization');
    if (changes.name) refuseDuplicateName(draft.organizations, changes.name, id);
    Object.assign(organization, changes);
  },
});

export const deleteOrganization = defineCommand({
  name: 'deleteOrganization',
  references: Subject,
  label: 'delete organization',
  input: z.strictObject({ id: Id }),
  describe: (input, doc) =>
    `delete organization ${doc.organizations.find((o) => o.id === input.id)?.name ?? ''}`.trim(),
  apply(draft, { id }) {
    findOrFail(draft.organizations, id, 'organization');
    return removeOrganizations(draft, new Set([id]));
  },
});

export const organizationCommands = { addOrganization, updateOrganization, deleteOrganization };

import type { Draft } from 'immer';
import type { CommandContext } from '../../commands/define';
import { organizationNamed } from '../../stakeholders';
import type { WorkspaceDocument } from '../../workspace/document';
import type { ImportedService } from './read';

/**
 * Puts imported services into the workspace after those already there. Each organization is the
 * workspace's own when the names match (loosely: case, punctuation), else it is added, so the
 * directory and the stakeholder list keep naming one organization once.
 */
export function placeImport(
  draft: Draft<WorkspaceDocument>,
  services: readonly ImportedService[],
  context: CommandContext,
) {
  const cache = new Map<string, string>();
  let organizationsAdded = 0;
  const stamp = context.now.toISOString();
  for (const { organizationName, ...fields } of services) {
    // Services of a directory are mostly mental health and social services; the name may say otherwise.
    const { id, created } = organizationNamed(draft, organizationName, 'social-services', () => context.newId(), cache);
    if (created) organizationsAdded += 1;
    draft.services.push({ id: context.newId(), organizationId: id, ...fields, createdAt: stamp, updatedAt: stamp });
  }
  return { services: services.length, organizationsAdded };
}

import { Button, Group, List, Modal, Stack, Table, Text } from '@mantine/core';
import { ActionsColumnHeader } from '../components/ActionsColumnHeader';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Sector } from '../../src/model/sector';
import type { Organization } from '../../src/stakeholders/model/organization';
import { describeOrganizationRemoval, previewOrganizationRemoval } from '../../src/stakeholders/removal';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { OrganizationFormModal } from './OrganizationFormModal';

/** The agencies and groups, with how many of their people are on the list. */
export function OrganizationsTab() {
  const doc = useDoc();
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Organization | null>(null);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const s of doc.stakeholders)
      if (s.organizationId) map.set(s.organizationId, (map.get(s.organizationId) ?? 0) + 1);
    return map;
  }, [doc.stakeholders]);
  const organizations = useMemo(
    () => [...doc.organizations].sort((a, b) => a.name.localeCompare(b.name)),
    [doc.organizations],
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {organizations.length === 0
            ? 'No organizations yet. They are added as you add people, or here.'
            : `${organizations.length} organizations`}
        </Text>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Add organization
        </Button>
      </Group>
      {organizations.length ? (
        <Table striped highlightOnHover aria-label="Organizations" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Sector</Table.Th>
              <Table.Th w={90}>People</Table.Th>
              <Table.Th>Website</Table.Th>
              <ActionsColumnHeader width={170} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organizations.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td fw={500}>{o.name}</Table.Td>
                <Table.Td>{Sector.labelOf(o.sector)}</Table.Td>
                <Table.Td>{counts.get(o.id) ?? 0}</Table.Td>
                <Table.Td>
                  <Text size="sm" truncate maw={260}>
                    {o.website || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setEditing(o)}
                      aria-label={`Edit ${o.name}`}
                    >
                      Edit
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(o)}
                      aria-label={`Delete ${o.name}`}
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <OrganizationFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        organization={editing && editing !== 'new' ? editing : undefined}
      />
      {deleting ? <DeleteOrganization organization={deleting} onClose={() => setDeleting(null)} /> : null}
    </Stack>
  );
}

function DeleteOrganization({ organization, onClose }: { organization: Organization; onClose: () => void }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const lines = useMemo(
    () => describeOrganizationRemoval(previewOrganizationRemoval(doc, [organization.id])),
    [doc, organization.id],
  );
  return (
    <Modal opened onClose={onClose} title={`Delete ${organization.name}?`}>
      <Stack gap="md">
        {lines.length ? (
          <List size="sm">
            {lines.map((l) => (
              <List.Item key={l}>{l}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">Nothing else in the workspace mentions it.</Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            Keep
          </Button>
          <Button
            color="red"
            onClick={async () => {
              const deleted = await act(
                () => run('deleteOrganization', { id: organization.id }),
                'Nothing was deleted',
                `Deleted ${organization.name}.`,
              );
              if (deleted) onClose();
            }}
          >
            Delete organization
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

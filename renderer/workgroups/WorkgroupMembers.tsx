import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { Sector } from '../../src/model/sector';
import type { WorkgroupMember } from '../../src/workgroups/overview';

/** Who is in the workgroup, with the part of the community each one brings. */
export function WorkgroupMembers({ members }: { members: WorkgroupMember[] }) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="sm">
        Members ({members.length})
      </Title>
      {members.length === 0 ? (
        <Text c="dimmed" size="sm">
          No members yet. Use Edit to add the people working on this.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" aria-labelledby="members-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Organization</Table.Th>
                <Table.Th>Sector</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map(({ stakeholder, organization, isLead }) => (
                <Table.Tr key={stakeholder.id}>
                  <Table.Td>
                    {stakeholder.name}{' '}
                    {isLead ? (
                      <Badge size="sm" variant="outline" tt="none" ml={4}>
                        Lead
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {organization?.name ?? (
                      <Text span c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{Sector.labelOf(stakeholder.sector)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

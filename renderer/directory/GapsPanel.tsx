import { Alert, Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { directoryGaps } from '../../src/directory/gaps';
import { useDoc } from '../workspace/WorkspaceProvider';

/**
 * What the community lacks for a crisis response, read from the directory: kinds of service
 * nobody offers, no receiving facility at night, a language no crisis service speaks. Shown on
 * the directory and beside "Who is at the table", since a missing service is often a partner
 * not yet reached.
 */
export function GapsPanel({ compact = false }: { compact?: boolean }) {
  const doc = useDoc();
  const found = useMemo(() => directoryGaps(doc.services), [doc.services]);
  const essentials = found.kinds.filter((k) => k.essential || k.services > 0);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="gaps-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="gaps-title">
          Gaps in community services
        </Title>
        {!doc.services.length ? (
          <Text size="sm" c="dimmed">
            Add the services partners offer under Resource directory to see what the community lacks.
          </Text>
        ) : found.gaps.length ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="gaps-summary">
            <Text size="sm" fw={600} mb={4}>
              {found.gaps.length === 1 ? '1 gap found' : `${found.gaps.length} gaps found`}
            </Text>
            <List size="sm">
              {found.gaps.map((gap) => (
                <List.Item key={gap.key}>{gap.message}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="gaps-summary">
            Every kind of crisis service is listed, with a receiving facility open at night.
          </Alert>
        )}
        {compact || !doc.services.length ? null : (
          <Table striped withTableBorder aria-label="Services by kind">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kind of service</Table.Th>
                <Table.Th ta="right">Services</Table.Th>
                <Table.Th ta="right">Open at night</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {essentials.map((k) => (
                <Table.Tr key={k.kind}>
                  <Table.Td>
                    <Group gap={6}>
                      {k.label}
                      {k.essential && !k.services ? (
                        <Badge color="red" variant="light" size="sm">
                          missing
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{k.services}</Table.Td>
                  <Table.Td ta="right">{k.openAtNight}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}

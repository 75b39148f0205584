import { Paper, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import type { RecognitionEvent } from '../../src/recognition/model';
import { reviewerProgress } from '../../src/recognition/reviewerProgress';
import { useDoc } from '../workspace/WorkspaceProvider';
import { nameOf } from './people';

/** The coordinator's view of the committee's work: each reviewer's scored, conflicts declared, and left. */
export function ReviewerProgressPanel({ event }: { event: RecognitionEvent }) {
  const doc = useDoc();
  const rows = useMemo(() => reviewerProgress(event), [event]);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="progress-heading">
      <Title order={2} size="h3" id="progress-heading" mb="xs">
        Reviewer progress
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Add committee members to follow their scoring here.
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label="Reviewer progress" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Reviewer</Table.Th>
              <Table.Th w={110}>Scored</Table.Th>
              <Table.Th w={170}>Conflicts declared</Table.Th>
              <Table.Th w={110}>Left</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.reviewerId} data-testid="reviewer-progress-row">
                <Table.Td>{nameOf(doc, row.reviewerId)}</Table.Td>
                <Table.Td>{row.scored}</Table.Td>
                <Table.Td>{row.conflicts}</Table.Td>
                <Table.Td fw={row.left ? 600 : undefined} c={row.left ? undefined : 'dimmed'}>
                  {row.left === 0 ? 'All done' : row.left}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

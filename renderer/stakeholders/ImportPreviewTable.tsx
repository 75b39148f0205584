import { Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { shortSectorLabel } from '../../src/stakeholders/coverage';
import type { PreviewRow } from '../../src/stakeholders/csvImport';
import { describeDuplicate } from '../../src/stakeholders/duplicates';

/** The rows, virtualized: a 10,000-row file scrolls like a short one. */
export function PreviewTable({ rows, asOrganizations }: { rows: PreviewRow[]; asOrganizations: boolean }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        Nothing to show here.
      </Text>
    );
  }
  return (
    <div
      ref={scroller}
      style={{
        maxHeight: '42vh',
        overflow: 'auto',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 8,
      }}
    >
      <Table aria-label="Rows of the file" aria-rowcount={rows.length + 1} stickyHeader layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>Row</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Organization</Table.Th>
            <Table.Th w={150}>Sector</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th w={140}>Phone</Table.Th>
            <Table.Th w="25%">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? (
            <tr aria-hidden style={{ height: before }}>
              <td colSpan={7} />
            </tr>
          ) : null}
          {items.map((item) => {
            const r = rows[item.index]!;
            const problems = Object.entries(r.errors);
            return (
              <Table.Tr key={r.row} aria-rowindex={item.index + 2} style={{ height: 56 }}>
                <Table.Td>{r.row}</Table.Td>
                <TruncatedCell>{r.values.name}</TruncatedCell>
                <TruncatedCell>{r.values.organization}</TruncatedCell>
                <Table.Td>
                  <Text size="sm" truncate>
                    {shortSectorLabel(r.values.sector)}
                    {r.sectorGuessed ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        (guessed)
                      </Text>
                    ) : null}
                  </Text>
                </Table.Td>
                <TruncatedCell>{r.values.email}</TruncatedCell>
                <Table.Td>{r.values.phone || '—'}</Table.Td>
                <Table.Td>
                  {r.asOrganization ? (
                    <Text size="xs" lineClamp={3}>
                      {problems.map(([, message]) => message).join(' ')}{' '}
                      {asOrganizations
                        ? `Added as the organization “${r.asOrganization.organization}”, with its contact details.`
                        : 'Left out (no person’s name).'}
                    </Text>
                  ) : problems.length ? (
                    <Text size="xs" c="red.8" lineClamp={2}>
                      {problems.map(([, message]) => message).join(' ')}
                    </Text>
                  ) : r.unreadable ? (
                    <Text size="xs" c="orange.9" lineClamp={2}>
                      Some letters could not be read and show as �.
                    </Text>
                  ) : r.duplicate ? (
                    <Text size="xs" lineClamp={2}>
                      {describeDuplicate(r.duplicate)}
                    </Text>
                  ) : (
                    <Text size="xs" c="teal.9">
                      Ready
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
          {after > 0 ? (
            <tr aria-hidden style={{ height: after }}>
              <td colSpan={7} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** A cell that keeps to one line, with a dash for an empty value. */
function TruncatedCell({ children }: { children: string | undefined }) {
  return (
    <Table.Td>
      <Text size="sm" truncate>
        {children || '—'}
      </Text>
    </Table.Td>
  );
}

import { Table, VisuallyHidden } from '@mantine/core';

/**
 * The head of a table's button column: nothing to see (the buttons say what they do), but a
 * screen reader announces the column as "Actions" rather than as an unnamed cell.
 */
export function ActionsColumnHeader({ width }: { width: number }) {
  return (
    <Table.Th w={width}>
      <VisuallyHidden>Actions</VisuallyHidden>
    </Table.Th>
  );
}

import { Text } from '@mantine/core';

/**
 * The title of a dialog about the whole coalition file (history, backups, share-safe copy):
 * larger than a form dialog's, as these dialogs stand for the file rather than one record.
 */
export function WorkspaceDialogTitle({ children }: { children: string }) {
  return (
    <Text fw={650} size="lg" component="span">
      {children}
    </Text>
  );
}

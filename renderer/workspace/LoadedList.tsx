import { Alert, Group, Loader, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';

/**
 * A list a dialog asks the main process for when it opens (the history, the backups): why it could
 * not be read, a spinner while it comes, a line when it is empty, else the list itself.
 */
export function LoadedList<T>({
  items,
  loadError,
  messages: { errorTitle, loadingLabel, empty },
  children,
}: {
  items: T[] | null;
  loadError: string | null;
  messages: { errorTitle: string; loadingLabel: string; empty: string };
  children: (items: T[]) => ReactNode;
}) {
  if (loadError) {
    return (
      <Alert color="red" variant="light" title={errorTitle}>
        {loadError}
      </Alert>
    );
  }
  if (items === null) {
    return (
      <Group justify="center" py="lg">
        <Loader size="sm" aria-label={loadingLabel} />
      </Group>
    );
  }
  if (items.length === 0) return <Text py="md">{empty}</Text>;
  return children(items);
}

/**
 * Asks for the list each time the dialog opens (`load` must be the same function every time), and
 * drops a reply that comes after the dialog has closed or opened again.
 */
export function useListWhileOpen<T>(opened: boolean, load: () => Promise<T[]>) {
  const [items, setItems] = useState<T[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    if (!opened) return;
    let stale = false;
    setItems(null);
    setLoadError(null);
    load()
      .then((list) => !stale && setItems(list))
      .catch((error: Error) => !stale && setLoadError(error.message));
    return () => {
      stale = true;
    };
  }, [opened, load]);
  return { items, loadError };
}

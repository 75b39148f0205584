import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';

/**
 * Asks before an honoree is chosen while reviewers still have scoring to do, saying who: the
 * coordinator may go on (a deadline, a reviewer who stepped away), but knowingly.
 */
export function EarlySelectionModal({
  nomineeName,
  warning,
  onSelect,
  onClose,
}: {
  nomineeName: string | null;
  warning: string | null;
  onSelect: () => Promise<void>;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <Modal opened={nomineeName !== null} onClose={onClose} title="Not every reviewer has scored">
      <Stack gap="lg">
        <Text size="sm">{warning}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            Wait for the scores
          </Button>
          <Button
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onSelect();
                onClose();
              } finally {
                setBusy(false);
              }
            }}
          >
            Select {nomineeName} anyway
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

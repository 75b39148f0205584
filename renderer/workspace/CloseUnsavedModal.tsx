import { Button, Group, Modal, Stack, Text } from '@mantine/core';

/**
 * Asked when closing was refused because the latest changes could not be saved: closing anyway
 * loses them, so the person chooses, with the reason the save failed in front of them.
 */
export function CloseUnsavedModal({
  reason,
  closing,
  onConfirm,
  onCancel,
}: {
  /** The refusal's message (why the save failed); null when not asking. */
  reason: string | null;
  closing: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  return (
    <Modal
      opened={reason !== null}
      onClose={onCancel}
      title={
        <Text fw={650} size="lg" component="span">
          Close without saving the latest changes?
        </Text>
      }
    >
      <Stack gap="md">
        <Text size="sm">{reason}</Text>
        <Text size="sm">
          If you close now, the changes not saved yet are lost. To keep them, cancel and use “Save a copy as…” in the
          coalition menu.
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={closing} data-autofocus>
            Cancel
          </Button>
          <Button color="red" loading={closing} onClick={onConfirm}>
            Close without saving
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { exportCsv } from './exports';

/**
 * Which list to save: the share-safe one (chosen unless changed) or the coalition's full working
 * copy, with a plain warning about what the full one holds.
 */
export function ExportCsvModal({ opened, onClose, ids }: { opened: boolean; onClose: () => void; ids?: string[] }) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={ids ? `Save ${ids.length} selected as a spreadsheet` : 'Save the list as a spreadsheet'}
    >
      <ExportChoice onClose={onClose} ids={ids} />
    </Modal>
  );
}

/** The dialog's content: the modal mounts it afresh at each opening, so the share-safe list is chosen again. */
function ExportChoice({ onClose, ids }: { onClose: () => void; ids?: string[] }) {
  const [kind, setKind] = useState<'safe' | 'full'>('safe');
  const [busy, setBusy] = useState(false);
  return (
    <Stack gap="md">
      <Radio.Group value={kind} onChange={(v) => setKind(v as 'safe' | 'full')} label="Which list?">
        <Stack gap="sm" mt={6}>
          <Radio
            value="safe"
            label="Share-safe list"
            description="For partners: no notes, no lived-experience flags, no contact details of people who asked to keep them private, and no names of people who asked not to be named."
          />
          <Radio
            value="full"
            label="Full list for the coalition"
            description="Everything, including private notes and contact details. Keep it on coalition computers only."
          />
        </Stack>
      </Radio.Group>
      {kind === 'full' ? (
        <Text size="sm" c="orange.8">
          This file names people who asked not to be named outside the coalition.
        </Text>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          loading={busy}
          onClick={async () => {
            setBusy(true);
            await exportCsv(kind === 'safe', ids);
            setBusy(false);
            onClose();
          }}
        >
          Save CSV
        </Button>
      </Group>
    </Stack>
  );
}

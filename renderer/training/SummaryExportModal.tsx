import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { call } from '../api/client';
import { act } from '../components/act';
import { DayInput } from '../components/DayInput';
import { useToday } from '../components/useToday';

/** Asks for the period, then saves the steering committee's training summary. */
export function SummaryExportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const today = useToday();
  const [from, setFrom] = useState<string | null>(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState<string | null>(today);
  const [busy, setBusy] = useState(false);
  async function save() {
    if (!from || !to) return;
    setBusy(true);
    const done = await act(
      () => call('exportTrainingSummaryDocx', { from, to }),
      'The summary was not saved',
      (saved) => (saved ? `Saved the summary as ${saved.fileName}.` : null),
    );
    setBusy(false);
    if (done) onClose();
  }
  return (
    <Modal opened={opened} onClose={onClose} title="Training summary for the steering committee">
      <Stack>
        <Group grow align="flex-start">
          <DayInput label="From" value={from} onChange={(v) => setFrom(v)} />
          <DayInput label="To" value={to} onChange={(v) => setTo(v)} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={busy} disabled={!from || !to}>
            Save summary
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, FileButton, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { act } from '../components/act';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

/**
 * Many quarters at once: rows pasted from a spreadsheet, or a CSV file. The first row names the
 * columns. Nothing is saved unless every row can be read; the refusal names the rows to fix.
 */
export function ImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { run } = useWorkspaceActions();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  async function importRows() {
    setBusy(true);
    const done = await act(
      () => run('importQuarterRows', { text }),
      'Nothing was imported',
      ({ result }) =>
        `Imported: ${result.added} new ${result.added === 1 ? 'quarter' : 'quarters'}, ${result.updated} updated.`,
    );
    setBusy(false);
    if (done) {
      setText('');
      onClose();
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Import program data" size="lg">
      <Stack>
        <Text size="sm">
          Paste rows from a spreadsheet, or choose a CSV file. The first row names the columns: Agency, Quarter (for
          example 2026-Q3), one column per measure with its name as shown here, and Note if you like. Leave a cell empty
          when the agency did not report that number.
        </Text>
        <Textarea
          label="Rows to import"
          autosize
          minRows={6}
          maxRows={14}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
        />
        <Group justify="space-between">
          <FileButton accept=".csv,text/csv" onChange={(file) => void file?.text().then(setText)}>
            {(props) => (
              <Button variant="default" {...props}>
                Choose a CSV file
              </Button>
            )}
          </FileButton>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={() => void importRows()} loading={busy} disabled={!text.trim()}>
              Import
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Alert, Button, FileButton, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { showSuccess } from '../components/feedback';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

/** The file's bytes as base64 (the contract carries JSON), a chunk at a time so a large file does not overflow the stack. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/**
 * Loads a directory in Open Referral's format (HSDS), such as a county 211's export. Nothing is
 * added unless every row of every file can be read; otherwise the problems are listed by file
 * and row so they can be fixed at the source.
 */
export function ImportDirectoryDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { run } = useWorkspaceActions();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<{ title: string; lines: string[] } | null>(null);

  async function importFile(file: File | null) {
    if (!file) return;
    setBusy(true);
    setProblems(null);
    try {
      const { result } = await run('importDirectory', { fileName: file.name, base64: await base64Of(file) });
      const added = result.organizationsAdded ? ` and ${result.organizationsAdded} new organizations` : '';
      showSuccess(`Imported ${result.services} ${result.services === 1 ? 'service' : 'services'}${added}.`);
      onClose();
    } catch (error) {
      const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      const [title, ...lines] = message.split(/(?<=\.) (?=[a-z_]+\.(?:csv|json)[,:])/);
      setProblems({ title: title ?? message, lines });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Import a directory" size="lg">
      <Stack>
        <Text size="sm">
          Choose an Open Referral (HSDS) package: a .zip of CSV files with a datapackage.json, as a 211 or another
          coalition exports it. Services are added after those already listed; organizations are matched to yours by
          name, or added.
        </Text>
        {problems ? (
          <Alert color="red" title={problems.title} data-testid="import-problems">
            <List size="sm">
              {problems.lines.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <FileButton accept=".zip,application/zip" onChange={(file) => void importFile(file)}>
            {(props) => (
              <Button {...props} loading={busy}>
                Choose a package
              </Button>
            )}
          </FileButton>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Workgroup } from '../../src/workgroups/model';
import { showFailure, showSuccess } from '../components/feedback';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import { tableDay } from '../../src/model/dateFormats';

/** The lead's one line on where things stand, dated when it was written, with a way to update it. */
export function StatusLineEditor({ workgroup }: { workgroup: Workgroup }) {
  const { run } = useWorkspace();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(workgroup.statusLine);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    try {
      await run('setWorkgroupStatusLine', { id: workgroup.id, statusLine: value });
      showSuccess('Status updated.');
      setEditing(false);
      setError(undefined);
    } catch (failure) {
      showFailure(failure, 'The status was not saved', (fields) => setError(fields.statusLine));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="status-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="status-heading">
          Where things stand
        </Title>
        {editing ? null : (
          <Button
            size="xs"
            variant="light"
            onClick={() => {
              setValue(workgroup.statusLine);
              setEditing(true);
            }}
          >
            Update status
          </Button>
        )}
      </Group>
      {editing ? (
        <Stack gap="sm">
          <TextInput
            label="Status line"
            description="One short line for the steering committee, e.g. “Drafting the MOA, review in March”."
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            maxLength={300}
            error={error}
            data-autofocus
            autoFocus
            onKeyDown={(event) => {
              if (event.key === 'Enter') void save();
              if (event.key === 'Escape') setEditing(false);
            }}
          />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button size="xs" loading={busy} onClick={() => void save()}>
              Save status
            </Button>
          </Group>
        </Stack>
      ) : workgroup.statusLine ? (
        <Text data-testid="status-line">
          {workgroup.statusLine}
          {workgroup.statusUpdatedOn ? (
            <Text span c="dimmed" size="sm">
              {' '}
              · as of {tableDay(workgroup.statusUpdatedOn)}
            </Text>
          ) : null}
        </Text>
      ) : (
        <Text c="dimmed" size="sm">
          No status yet. The lead writes one line here for the steering committee.
        </Text>
      )}
    </Paper>
  );
}

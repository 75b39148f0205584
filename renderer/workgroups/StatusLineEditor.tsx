import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Workgroup } from '../../src/workgroups/model';
import { tableDay } from '../../src/model/dateFormats';
import { useCommandForm } from '../components/form/useCommandForm';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { SectionHeading } from '../components/SectionHeading';

/** The lead's one line on where things stand, dated when it was written, with a way to update it. */
export function StatusLineEditor({ workgroup }: { workgroup: Workgroup }) {
  const { run } = useWorkspaceActions();
  const [editing, setEditing] = useState(false);
  // Each "Update status" starts again from the line as it is now.
  const { form, submit, submitting } = useCommandForm({
    opened: editing,
    initialValues: () => ({ statusLine: workgroup.statusLine }),
    save: ({ statusLine }) => run('setWorkgroupStatusLine', { id: workgroup.id, statusLine }),
    success: 'Status updated.',
    failure: 'The status was not saved',
    onSaved: () => setEditing(false),
  });

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="status-heading">
      <SectionHeading id="status-heading" title="Where things stand" mb="xs">
        {editing ? null : (
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            Update status
          </Button>
        )}
      </SectionHeading>
      {editing ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label="Status line"
              description="One short line for the steering committee, e.g. “Drafting the MOA, review in March”."
              maxLength={300}
              data-autofocus
              autoFocus
              onKeyDown={(event) => {
                if (event.key === 'Escape') setEditing(false);
              }}
              {...form.getInputProps('statusLine')}
            />
            <Group gap="sm" justify="flex-end">
              <Button variant="default" size="xs" onClick={() => setEditing(false)}>
                Cancel
              </Button>
              <Button size="xs" type="submit" loading={submitting}>
                Save status
              </Button>
            </Group>
          </Stack>
        </form>
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

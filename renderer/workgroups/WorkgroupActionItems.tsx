import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ActionItem } from '../../src/actions/model';
import type { Workgroup } from '../../src/workgroups/model';
import { stakeholderChoices } from '../components/choices';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { tableDay } from '../../src/model/dateFormats';

/** The workgroup's open and finished action items, ticked off here and added here. */
export function WorkgroupActionItems({
  workgroup,
  open,
  done,
}: {
  workgroup: Workgroup;
  open: ActionItem[];
  done: ActionItem[];
}) {
  const doc = useDoc();
  const { run } = useWorkspace();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const owner = (item: ActionItem) =>
    doc.stakeholders.find((s) => s.id === item.ownerId)?.name ?? (item.ownerName || 'No owner');

  async function add() {
    setBusy(true);
    try {
      await run('addWorkgroupActionItem', { workgroupId: workgroup.id, title, ownerId, dueDate });
      showSuccess(`Added “${title.trim()}”.`);
      setTitle('');
      setOwnerId(null);
      setDueDate(null);
      setErrors({});
    } catch (error) {
      showFailure(error, 'The action item was not added', setErrors);
    } finally {
      setBusy(false);
    }
  }

  async function setDone(item: ActionItem, isDone: boolean) {
    try {
      await run('setActionItemStatus', { ids: [item.id], status: isDone ? 'done' : 'open' });
    } catch (error) {
      showFailure(error, 'The action item was not changed');
    }
  }

  const line = (item: ActionItem, isDone: boolean) => (
    <Checkbox
      key={item.id}
      checked={isDone}
      onChange={(event) => void setDone(item, event.currentTarget.checked)}
      label={
        <span>
          <span style={isDone ? { textDecoration: 'line-through' } : undefined}>{item.title}</span>
          <Text span size="sm" c="dimmed">
            {' '}
            · {owner(item)}
            {isDone
              ? item.completedOn
                ? ` · done ${tableDay(item.completedOn)}`
                : ''
              : item.dueDate
                ? ` · due ${tableDay(item.dueDate)}`
                : ' · no due date'}
          </Text>
        </span>
      }
    />
  );

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="items-heading">
      <Title order={2} size="h3" id="items-heading" mb="sm">
        Action items
      </Title>
      <Stack gap="md">
        <div>
          <Text fw={600} size="sm" mb={6}>
            Open ({open.length})
          </Text>
          {open.length ? (
            <Stack gap={8}>{open.map((item) => line(item, false))}</Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Nothing open.
            </Text>
          )}
        </div>
        <div>
          <Text fw={600} size="sm" mb={6}>
            Done ({done.length})
          </Text>
          {done.length ? (
            <Stack gap={8}>{done.map((item) => line(item, true))}</Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Nothing finished yet.
            </Text>
          )}
        </div>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
          aria-label="Add an action item"
        >
          <Stack gap="xs">
            <TextInput
              label="New action item"
              placeholder="Send the draft MOA to the sheriff"
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.title}
            />
            <Group align="flex-start" gap="sm" wrap="wrap">
              <Select
                label="Owner"
                data={stakeholderChoices(doc)}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': 'Clear owner' }}
                value={ownerId}
                onChange={setOwnerId}
                error={errors.ownerId}
                style={{ flex: '2 1 160px' }}
                nothingFoundMessage="Nobody by that name"
              />
              <DayInput
                label="Due"
                placeholder="Optional"
                clearable
                value={dueDate}
                onChange={setDueDate}
                error={errors.dueDate}
                style={{ flex: '1 1 120px' }}
              />
              <Button type="submit" leftSection={<IconPlus size={16} />} loading={busy} mt={25}>
                Add
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

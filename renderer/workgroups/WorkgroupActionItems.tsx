import type { ReactNode } from 'react';
import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ActionItem } from '../../src/actions/model';
import type { Workgroup } from '../../src/workgroups/model';
import { tableDay } from '../../src/model/dateFormats';
import { act } from '../components/act';
import { DayInput } from '../components/DayInput';
import { useCommandForm } from '../components/form/useCommandForm';
import { PersonSelect } from '../components/pickers/pickers';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface NewItem {
  title: string;
  ownerId: string | null;
  dueDate: string | null;
}
const NO_NEW_ITEM: NewItem = { title: '', ownerId: null, dueDate: null };

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
  const { run } = useWorkspaceActions();
  const owner = (item: ActionItem) =>
    doc.stakeholders.find((s) => s.id === item.ownerId)?.name ?? (item.ownerName || 'No owner');

  // Always shown, so it has no opening to reset on: it clears itself once the item is added.
  const adding = useCommandForm({
    initialValues: NO_NEW_ITEM,
    save: (values) => run('addWorkgroupActionItem', { workgroupId: workgroup.id, ...values }),
    success: (values) => `Added “${values.title.trim()}”.`,
    failure: 'The action item was not added',
    onSaved: () => adding.form.reset(),
  });
  const { form } = adding;

  const setDone = (item: ActionItem, isDone: boolean) =>
    act(
      () => run('setActionItemStatus', { ids: [item.id], status: isDone ? 'done' : 'open' }),
      'The action item was not changed',
    );

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
        <ItemGroup title="Open" count={open.length} empty="Nothing open.">
          {open.map((item) => line(item, false))}
        </ItemGroup>
        <ItemGroup title="Done" count={done.length} empty="Nothing finished yet.">
          {done.map((item) => line(item, true))}
        </ItemGroup>
        <form onSubmit={adding.submit} aria-label="Add an action item">
          <Stack gap="xs">
            <TextInput
              label="New action item"
              placeholder="Send the draft MOA to the sheriff"
              {...form.getInputProps('title')}
            />
            <Group align="flex-start" gap="sm" wrap="wrap">
              <PersonSelect label="Owner" style={{ flex: '2 1 160px' }} {...form.getInputProps('ownerId')} />
              <DayInput
                label="Due"
                placeholder="Optional"
                clearable
                style={{ flex: '1 1 120px' }}
                {...form.getInputProps('dueDate')}
              />
              <Button type="submit" leftSection={<IconPlus size={16} />} loading={adding.submitting} mt={25}>
                Add
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

/** One group of the workgroup's action items under its heading and count, or a line saying it is empty. */
function ItemGroup({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <div>
      <Text fw={600} size="sm" mb={6}>
        {title} ({count})
      </Text>
      {count ? (
        <Stack gap={8}>{children}</Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </div>
  );
}

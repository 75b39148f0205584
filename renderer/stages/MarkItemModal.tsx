import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo } from 'react';
import { MarkStageItemInput } from '../../src/stages/commands';
import { MarkStatus } from '../../src/stages/model';
import type { ItemProgress } from '../../src/stages/progress';
import { ApiError } from '../api/client';
import { DayInput } from '../components/DayInput';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { useCoalitionToday } from './useStageProgress';

interface Values {
  itemId: string;
  status: 'done' | 'not-done' | 'not-applicable';
  on: string;
  by: string;
  note: string;
}

/**
 * Ticks an item by hand, or overrides what the records show. An override needs a reason, because
 * everyone who opens the checklist later sees it beside the evidence.
 */
export function MarkItemModal({ item, onClose }: { item: ItemProgress | null; onClose(): void }) {
  const { run } = useWorkspace();
  const doc = useDoc();
  const today = useCoalitionToday();
  // The name used on the latest mark: usually the same person keeps the checklist.
  const lastBy = useMemo(() => [...doc.stageMarks].sort((a, b) => a.markedAt.localeCompare(b.markedAt)).at(-1)?.by ?? '', [doc.stageMarks]);

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { itemId: '', status: 'done', on: today, by: lastBy, note: '' },
    validate: schemaResolver(MarkStageItemInput, { sync: true }),
  });

  useEffect(() => {
    if (!item) return;
    const mark = item.mark;
    const values: Values = {
      itemId: item.id,
      status: mark?.status ?? (item.status === 'done' ? 'not-done' : 'done'),
      on: mark?.on ?? today,
      by: mark?.by ?? lastBy,
      note: mark?.note ?? '',
    };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // Only when another item is opened.
  }, [item?.id]);

  if (!item) return null;
  const override = item.derivable;

  const submit = form.onSubmit(async (values) => {
    try {
      await run('markStageItem', values);
      notifications.show({ color: 'teal', message: `“${item.title}” marked ${describe(values.status)}.` });
      onClose();
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) form.setErrors(error.fields);
      else notifications.show({ color: 'red', title: 'The mark was not saved', message: (error as Error).message });
    }
  });

  return (
    <Modal opened onClose={onClose} title={override ? 'Set this item by hand' : 'Tick this item by hand'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fw={600}>{item.title}</Text>
          {override && item.derived ? (
            <Alert color="gray" variant="light" title="What your records show">
              {item.derived.evidence}
            </Alert>
          ) : null}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="mark-status-label">
              Status
            </Text>
            <SegmentedControl
              aria-labelledby="mark-status-label"
              data={MarkStatus.choices.map((c) => ({ value: c.value, label: c.label }))}
              {...form.getInputProps('status')}
            />
          </Stack>
          <Group grow align="flex-start">
            <DayInput label="On" required maxDate={today} {...form.getInputProps('on')} />
            <TextInput label="Marked by" required description="Your name, so others know who to ask." autoComplete="name" {...form.getInputProps('by')} />
          </Group>
          <Textarea
            label={override ? 'Reason' : 'Note'}
            required={override}
            description={override ? 'Why the records do not tell the whole story. Everyone will see this.' : 'Optional: what was done, or where to find it.'}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit">Save</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function describe(status: Values['status']): string {
  return status === 'not-applicable' ? 'as not applying to you' : MarkStatus.labelOf(status).toLowerCase();
}

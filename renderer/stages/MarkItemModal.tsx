import { Alert, Group, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { MarkStageItemInput } from '../../src/stages/commands';
import { MarkStatus } from '../../src/stages/model';
import type { ItemProgress } from '../../src/stages/progress';
import { DayInput } from '../components/DayInput';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
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
  const { run } = useWorkspaceActions();
  const doc = useDoc();
  const today = useCoalitionToday();
  // The name used on the latest mark: usually the same person keeps the checklist.
  const lastBy = useMemo(() => [...doc.stageMarks].sort((a, b) => a.markedAt.localeCompare(b.markedAt)).at(-1)?.by ?? '', [doc.stageMarks]);

  const { form, dialog } = useCommandForm<Values>({
    opened: item !== null,
    initialValues: () => {
      const mark = item?.mark;
      return {
        itemId: item?.id ?? '',
        status: mark?.status ?? (item?.status === 'done' ? 'not-done' : 'done'),
        on: mark?.on ?? today,
        by: mark?.by ?? lastBy,
        note: mark?.note ?? '',
      };
    },
    schema: MarkStageItemInput,
    save: (values) => run('markStageItem', values),
    success: (values) => `“${item?.title ?? ''}” marked ${describe(values.status)}.`,
    failure: 'The mark was not saved',
    onClose,
  });

  if (!item) return null;
  const override = item.derivable;

  return (
    <FormDialog
      {...dialog}
      title={override ? 'Set this item by hand' : 'Tick this item by hand'}
      size="lg"
      saveLabel="Save"
    >
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
    </FormDialog>
  );
}

function describe(status: Values['status']): string {
  return status === 'not-applicable' ? 'as not applying to you' : MarkStatus.labelOf(status).toLowerCase();
}

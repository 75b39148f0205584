import { Button, Group, Modal, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { AgendaPurpose, type AgendaItem, type Meeting } from '../../src/meetings/model';
import { stakeholderChoices } from '../components/choices';
import { showFailure, showSuccess } from '../components/feedback';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';

interface Values {
  title: string;
  presenterId: string | null;
  timeboxMinutes: number | string;
  purpose: AgendaItem['purpose'];
  description: string;
  attachments: string;
  sectionId: string | null;
}

/** Adds an agenda item to a section, or edits one (and can move it to another section). */
export function AgendaItemModal({
  opened,
  onClose,
  meeting,
  sectionId,
  item,
}: {
  opened: boolean;
  onClose: () => void;
  meeting: Meeting;
  sectionId: string | null;
  item?: AgendaItem;
}) {
  const doc = useDoc();
  const { run } = useWorkspace();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      title: '',
      presenterId: null,
      timeboxMinutes: 10,
      purpose: 'discussion',
      description: '',
      attachments: '',
      sectionId,
    },
  });

  useEffect(() => {
    if (!opened) return;
    const values: Values = item
      ? {
          title: item.title,
          presenterId: item.presenterId,
          timeboxMinutes: item.timeboxMinutes,
          purpose: item.purpose,
          description: item.description,
          attachments: item.attachments.map((a) => (a.label ? `${a.label} | ${a.target}` : a.target)).join('\n'),
          sectionId,
        }
      : {
          title: '',
          presenterId: null,
          timeboxMinutes: 10,
          purpose: 'discussion',
          description: '',
          attachments: '',
          sectionId,
        };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  }, [opened]);

  const submit = form.onSubmit(async (values) => {
    const fields = {
      title: values.title,
      presenterId: values.presenterId,
      timeboxMinutes: values.timeboxMinutes === '' ? 0 : Number(values.timeboxMinutes),
      purpose: values.purpose,
      description: values.description,
      // One per line; "Name | path-or-link" gives it a name.
      attachments: values.attachments
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => {
          const [label, target] = line.includes(' | ') ? line.split(' | ', 2) : ['', line];
          return { label: (label ?? '').trim(), target: (target ?? '').trim() };
        }),
    };
    try {
      if (item) {
        await run('updateAgendaItem', { meetingId: meeting.id, itemId: item.id, changes: fields });
        if (values.sectionId && values.sectionId !== sectionId) {
          const target = meeting.agenda.find((s) => s.id === values.sectionId);
          await run('moveAgendaItem', {
            meetingId: meeting.id,
            itemId: item.id,
            toSectionId: values.sectionId,
            toIndex: target?.items.length ?? 0,
          });
        }
        showSuccess('Agenda item saved.');
      } else {
        await run('addAgendaItem', { meetingId: meeting.id, sectionId: values.sectionId, item: fields });
        showSuccess(`Added “${values.title}”.`);
      }
      onClose();
    } catch (error) {
      showFailure(error, 'The agenda item was not saved', (fields) =>
        form.setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^item\./, ''), v]))),
      );
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={item ? 'Edit agenda item' : 'New agenda item'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput label="Item" required data-autofocus {...form.getInputProps('title')} />
          <Group grow align="flex-start">
            <Select
              label="Presenter"
              data={stakeholderChoices(doc)}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': 'Clear presenter' }}
              placeholder="No one in particular"
              {...form.getInputProps('presenterId')}
            />
            <NumberInput
              label="Minutes"
              min={0}
              max={600}
              step={5}
              allowDecimal={false}
              {...form.getInputProps('timeboxMinutes')}
            />
            <Select
              label="Purpose"
              data={AgendaPurpose.choices}
              allowDeselect={false}
              {...form.getInputProps('purpose')}
            />
          </Group>
          {meeting.agenda.length > 1 ? (
            <Select
              label="Section"
              data={meeting.agenda.map((s) => ({ value: s.id, label: s.title }))}
              allowDeselect={false}
              {...form.getInputProps('sectionId')}
            />
          ) : null}
          <Textarea
            label="Note for the printed agenda"
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('description')}
          />
          <Textarea
            label="Attachments"
            description="One file path or web link per line. To name it: Budget draft | S:\Coalition\budget.xlsx"
            autosize
            minRows={1}
            maxRows={5}
            {...form.getInputProps('attachments')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {item ? 'Save item' : 'Add item'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { AgendaPurpose, type AgendaItem, type Meeting } from '../../src/meetings/model';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PersonSelect } from '../components/pickers/pickers';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

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
}: DialogProps & {
  meeting: Meeting;
  sectionId: string | null;
  item?: AgendaItem;
}) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () => (item ? valuesOf(item, sectionId) : blank(sectionId)),
    save: async (values) => {
      const fields = fieldsOf(values);
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
      } else {
        await run('addAgendaItem', { meetingId: meeting.id, sectionId: values.sectionId, item: fields });
      }
    },
    success: (values) => (item ? 'Agenda item saved.' : `Added “${values.title}”.`),
    failure: 'The agenda item was not saved',
    // A new item's fields travel under `item`; the form knows them by their own names.
    fieldOf: (field) => field.replace(/^item\./, ''),
    onClose,
  });

  return (
    <FormDialog
      {...dialog}
      title={item ? 'Edit agenda item' : 'New agenda item'}
      size="lg"
      saveLabel={item ? 'Save item' : 'Add item'}
    >
      <TextInput label="Item" required data-autofocus {...form.getInputProps('title')} />
      <Group grow align="flex-start">
        <PersonSelect label="Presenter" placeholder="No one in particular" {...form.getInputProps('presenterId')} />
        <NumberInput
          label="Minutes"
          min={0}
          max={600}
          step={5}
          allowDecimal={false}
          {...form.getInputProps('timeboxMinutes')}
        />
        <Select label="Purpose" data={AgendaPurpose.choices} allowDeselect={false} {...form.getInputProps('purpose')} />
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
    </FormDialog>
  );
}

function blank(sectionId: string | null): Values {
  return {
    title: '',
    presenterId: null,
    timeboxMinutes: 10,
    purpose: 'discussion',
    description: '',
    attachments: '',
    sectionId,
  };
}

function valuesOf(item: AgendaItem, sectionId: string | null): Values {
  const { title, presenterId, timeboxMinutes, purpose, description, attachments } = item;
  return {
    title,
    presenterId,
    timeboxMinutes,
    purpose,
    description,
    attachments: attachments.map((a) => (a.label ? `${a.label} | ${a.target}` : a.target)).join('\n'),
    sectionId,
  };
}

/** The item as both commands take it. */
function fieldsOf(values: Values) {
  return {
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
}

import { Select, Text, TextInput } from '@mantine/core';
import { z } from 'zod';
import { EngagementStage, type Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { lastChangeDay } from '../../src/stakeholders/stageHistory';
import { DayInput } from '../components/DayInput';
import { FormDialog } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useToday } from '../components/useToday';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  stage: EngagementStage | null;
  on: string | null;
  note: string;
}

/** Only the stage is checked here; the day and the note are the command's to check. */
const FormSchema = z.object({
  stage: EngagementStage.nullable().refine((stage) => stage !== null, 'Choose the stage they are at now.'),
});

/** Moves one person to another stage on a day, with an optional note, kept in their history. */
export function StageChangeModal({ person, onClose }: { person: Stakeholder | null; onClose: () => void }) {
  return person ? <StageChangeForm person={person} onClose={onClose} /> : null;
}

/** Mounted each time the dialog opens (for one person), so it starts from a blank form. */
function StageChangeForm({ person, onClose }: { person: Stakeholder; onClose: () => void }) {
  const { run } = useWorkspaceActions();
  const today = useToday();
  const { form, dialog } = useCommandForm<Values>({
    initialValues: () => ({ stage: null, on: today, note: '' }),
    schema: FormSchema,
    save: ({ stage, on, note }) =>
      run('changeStakeholderStage', { ids: [person.id], stage: stage!, on: on ?? today, note }),
    success: ({ stage }) => `${person.name} is now ${EngagementStage.labelOf(stage!).toLowerCase()}.`,
    failure: 'The stage was not changed',
    onClose,
  });
  const earliest = lastChangeDay(person) ?? undefined;

  return (
    <FormDialog
      {...dialog}
      title={`Change ${person.name}’s stage`}
      saveLabel="Change stage"
    >
      <Text size="sm">
        Now: <strong>{EngagementStage.labelOf(person.stage)}</strong>
      </Text>
      <Select
        label="New stage"
        data={EngagementStage.choices.filter((c) => c.value !== person.stage)}
        data-autofocus
        required
        {...form.getInputProps('stage')}
      />
      <DayInput label="On" minDate={earliest} maxDate={today} {...form.getInputProps('on')} />
      <TextInput label="Note" placeholder="Agreed at the first stakeholder meeting" {...form.getInputProps('note')} />
    </FormDialog>
  );
}

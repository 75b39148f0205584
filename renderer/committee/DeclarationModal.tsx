import { Checkbox, Group, NumberInput, Textarea } from '@mantine/core';
import type { ConflictDeclaration } from '../../src/committee/model';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { PersonSelect } from '../components/pickers/pickers';
import { useToday } from '../components/useToday';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

interface Values {
  stakeholderId: string | null;
  year: number;
  declaredOn: string;
  nothingToDeclare: boolean;
  interests: string;
}

/**
 * A member's declaration of interests for a year: what they declared, or that they have nothing
 * to declare. What they declared stays with the coalition: a share-safe copy leaves it out.
 */
export function DeclarationModal({
  opened,
  onClose,
  declaration,
  stakeholderId,
  year,
}: DialogProps & { declaration?: ConflictDeclaration; stakeholderId?: string | null; year: number }) {
  const { run } = useWorkspaceActions();
  const today = useToday();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      declaration
        ? {
            stakeholderId: declaration.stakeholderId,
            year: declaration.year,
            declaredOn: declaration.declaredOn,
            nothingToDeclare: declaration.nothingToDeclare,
            interests: declaration.interests,
          }
        : { stakeholderId: stakeholderId ?? null, year, declaredOn: today, nothingToDeclare: false, interests: '' },
    save: ({ stakeholderId: person, ...values }) =>
      declaration
        ? run('updateDeclaration', { id: declaration.id, changes: values })
        : run('recordDeclaration', { stakeholderId: person ?? '', ...values }),
    success: declaration ? 'Declaration saved.' : 'Declaration recorded.',
    failure: 'The declaration was not saved',
    onClose,
  });
  return (
    <FormDialog
      {...dialog}
      title={declaration ? 'Edit declaration of interests' : 'Record a declaration of interests'}
      saveLabel={declaration ? 'Save declaration' : 'Record declaration'}
      saveDisabled={!form.values.stakeholderId}
    >
      <PersonSelect label="Member" required disabled={Boolean(declaration)} {...form.getInputProps('stakeholderId')} />
      <Group grow align="flex-start">
        <NumberInput label="Year" min={2000} max={2100} allowDecimal={false} {...form.getInputProps('year')} />
        <DayInput label="Declared on" required {...form.getInputProps('declaredOn')} />
      </Group>
      <Checkbox label="Nothing to declare" {...form.getInputProps('nothingToDeclare', { type: 'checkbox' })} />
      {form.values.nothingToDeclare ? null : (
        <Textarea
          label="Interests declared"
          description="Paid roles, board seats, contracts or family ties with agencies the committee deals with. Kept private: never in a share-safe copy or a print."
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('interests')}
        />
      )}
    </FormDialog>
  );
}

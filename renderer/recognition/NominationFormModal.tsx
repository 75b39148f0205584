import { SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { z } from 'zod';
import { NominationFields, type Nomination, type RecognitionEvent } from '../../src/recognition/model';
import { ExportPrivacy } from '../../src/stakeholders/model/stakeholder';
import { storyTooLong } from '../../src/recognition/nominationRules';
import { checkWordLimit, describeWordCount } from '../../src/recognition/wordCount';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { RecordSelect } from '../components/pickers/RecordSelect';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { personChoices } from './people';

type Values = z.input<typeof NominationFields> & { who: 'stakeholder' | 'other' };

function blank(categoryId: string): Values {
  return {
    who: 'stakeholder',
    categoryId,
    nomineeId: null,
    nomineeName: '',
    nomineeAgency: '',
    nomineePrivacy: 'public',
    nominatedById: null,
    nominatedByName: '',
    story: '',
    interventionDate: null,
    interventionAgency: '',
    receivedOn: null,
    citation: '',
  };
}

/** Only the nominee fields that match the choice are sent, so a name typed and then abandoned is not kept. */
function toInput({ who, ...values }: Values) {
  return who === 'stakeholder'
    ? { ...values, nomineeName: '', nomineeAgency: '', nomineePrivacy: 'public' as const }
    : { ...values, nomineeId: null };
}

/**
 * A nomination: who, for which award, by whom, and their story. The story's words are counted as
 * the person types, with the same count the app uses to accept or refuse it.
 */
export function NominationFormModal({
  event,
  nomination,
  opened,
  onClose,
}: DialogProps & {
  event: RecognitionEvent;
  nomination?: Nomination;
}) {
  const { run } = useWorkspaceActions();
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: () =>
      nomination
        ? {
            ...blank(nomination.categoryId),
            ...pickFields(nomination),
            who: nomination.nomineeId ? 'stakeholder' : 'other',
          }
        : blank(event.categories[0]?.id ?? ''),
    save: (values) =>
      nomination
        ? run('updateNomination', { eventId: event.id, id: nomination.id, changes: toInput(values) })
        : run('addNomination', { eventId: event.id, ...toInput(values) }),
    success: nomination ? 'Nomination saved.' : 'Nomination added.',
    failure: 'The nomination was not saved',
    onClose,
  });

  const category = event.categories.find((c) => c.id === form.values.categoryId);
  const count = category ? checkWordLimit(form.values.story ?? '', category.wordLimit) : null;
  // Said as the person types, in the words the command would refuse with, and Add waits until
  // the story fits: finding out only after Add loses the moment they could have trimmed it.
  const tooLong = category ? storyTooLong(form.values.story ?? '', category) : null;

  return (
    <FormDialog
      {...dialog}
      title={nomination ? 'Edit nomination' : 'New nomination'}
      size="xl"
      saveLabel={nomination ? 'Save nomination' : 'Add nomination'}
      saveDisabled={Boolean(tooLong)}
    >
      <Select
        label="Award"
        required
        data={event.categories.map((c) => ({ value: c.id, label: c.name }))}
        allowDeselect={false}
        {...form.getInputProps('categoryId')}
        description={category?.criteria}
      />
      <Stack gap={6}>
        <Text size="sm" fw={500} id="nominee-kind-label">
          Nominee
        </Text>
        <SegmentedControl
          aria-labelledby="nominee-kind-label"
          data={[
            { value: 'stakeholder', label: 'One of our stakeholders' },
            { value: 'other', label: 'Someone not in the workspace' },
          ]}
          {...form.getInputProps('who')}
          w="fit-content"
        />
      </Stack>
      {form.values.who === 'stakeholder' ? (
        <RecordSelect
          label="Stakeholder nominated"
          required
          choices={personChoices}
          searchable
          clearable={false}
          nothingFoundMessage="No one by that name. Choose “Someone not in the workspace” to type a name."
          {...form.getInputProps('nomineeId')}
        />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label="Nominee’s name" required {...form.getInputProps('nomineeName')} />
            <TextInput label="Nominee’s agency" {...form.getInputProps('nomineeAgency')} />
          </SimpleGrid>
          <Select
            label="How may the program and press list show them?"
            description="Ask the nominee. A person who asked not to be named appears as “An honoree who asked not to be named”."
            data={ExportPrivacy.choices}
            allowDeselect={false}
            {...form.getInputProps('nomineePrivacy')}
          />
        </>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <RecordSelect
          label="Nominated by (stakeholder)"
          choices={personChoices}
          searchable
          nothingFoundMessage="No one by that name"
          {...form.getInputProps('nominatedById')}
        />
        <TextInput
          label="…or nominator’s name"
          description="For a nominator who is not in the workspace."
          {...form.getInputProps('nominatedByName')}
        />
      </SimpleGrid>
      <Textarea
        label="The story"
        description="What happened, and why it deserves this award."
        autosize
        minRows={6}
        maxRows={16}
        {...form.getInputProps('story')}
        // The sentence itself shows once, in the count below; the field only turns red.
        error={tooLong ? true : form.getInputProps('story').error}
        aria-invalid={Boolean(tooLong) || undefined}
        aria-describedby="story-count"
      />
      <Text
        id="story-count"
        size="sm"
        c={count?.over ? 'red' : 'dimmed'}
        aria-live="polite"
        mt={-8}
        data-testid="story-count"
      >
        {tooLong ?? (count ? describeWordCount(count) : '')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DayInput label="Date of the intervention" clearable {...form.getInputProps('interventionDate')} />
        <TextInput label="Agency involved" {...form.getInputProps('interventionAgency')} />
        <DayInput label="Received on" clearable {...form.getInputProps('receivedOn')} />
      </SimpleGrid>
    </FormDialog>
  );
}

function pickFields(n: Nomination): Omit<Values, 'who'> {
  return {
    categoryId: n.categoryId,
    nomineeId: n.nomineeId,
    nomineeName: n.nomineeName,
    nomineeAgency: n.nomineeAgency,
    nomineePrivacy: n.nomineePrivacy,
    nominatedById: n.nominatedById,
    nominatedByName: n.nominatedByName,
    story: n.story,
    interventionDate: n.interventionDate,
    interventionAgency: n.interventionAgency,
    receivedOn: n.receivedOn,
    citation: n.citation,
  };
}

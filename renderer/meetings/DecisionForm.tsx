import { Button, Checkbox, Group, MultiSelect, NumberInput, TextInput } from '@mantine/core';
import { presentIds } from '../../src/meetings/attendance';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { saveDraft, type MinutesDraftProps } from './minutesDraft';

interface DecisionValues {
  text: string;
  withVote: boolean;
  for: number;
  against: number;
  abstain: number;
  recusedIds: string[];
}
export type DecisionDraft = UseFormReturnType<DecisionValues>;

/** The decision being written on a minutes item (see MinutesDraftProps). */
export function useDecisionDraft(): DecisionDraft {
  return useForm<DecisionValues>({
    mode: 'controlled',
    initialValues: { text: '', withVote: false, for: 0, against: 0, abstain: 0, recusedIds: [] },
  });
}

/** Records a decision on a minutes item, with the vote if one was taken. */
export function DecisionForm(props: MinutesDraftProps<DecisionValues>) {
  const { meeting, item, form, onDone } = props;
  const { run } = useWorkspaceActions();
  const doc = useDoc();
  const { values } = form;
  // Only members in the room can step out of a decision (src/meetings/recusal.ts).
  const inRoom = [...presentIds(meeting)].map((id) => ({
    value: id,
    label: doc.stakeholders.find((s) => s.id === id)?.name ?? 'Someone no longer in the list',
  }));
  const count = (field: 'for' | 'against' | 'abstain', label: string) => (
    <NumberInput
      label={label}
      min={0}
      w={80}
      allowDecimal={false}
      value={values[field]}
      onChange={(v) => form.setFieldValue(field, Number(v) || 0)}
    />
  );
  const record = () =>
    saveDraft(
      props,
      () =>
        run('addDecision', {
          meetingId: meeting.id,
          itemId: item.id,
          decision: {
            text: values.text,
            vote: values.withVote ? { for: values.for, against: values.against, abstain: values.abstain } : null,
            recusedIds: values.recusedIds,
          },
        }),
      'The decision was not recorded',
      'Decision recorded.',
    );

  return (
    <Group align="flex-end" gap="xs">
      <TextInput
        data-autofocus
        label="Decision"
        aria-label={`Decision on ${item.title}`}
        placeholder="What was agreed"
        {...form.getInputProps('text')}
        style={{ flex: 1 }}
      />
      <Checkbox label="Record a vote" {...form.getInputProps('withVote', { type: 'checkbox' })} mb={8} />
      {values.withVote ? (
        <>
          {count('for', 'For')}
          {count('against', 'Against')}
          {count('abstain', 'Abstain')}
        </>
      ) : null}
      {inRoom.length ? (
        <MultiSelect
          label="Recused"
          aria-label={`Members recused from the decision on ${item.title}`}
          placeholder={values.recusedIds.length ? undefined : 'No one'}
          data={inRoom}
          searchable
          w={220}
          {...form.getInputProps('recusedIds')}
        />
      ) : null}
      <Button variant="default" disabled={!values.text.trim()} onClick={() => void record()}>
        Record decision
      </Button>
      <Button variant="subtle" color="gray" onClick={onDone}>
        Cancel
      </Button>
    </Group>
  );
}

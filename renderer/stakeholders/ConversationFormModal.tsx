import {
  Alert,
  Checkbox,
  Collapse,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef } from 'react';
import { z } from 'zod';
import { ConversationInput } from '../../src/stakeholders/commands/conversations';
import { Channel } from '../../src/stakeholders/model/conversation';
import { EngagementStage } from '../../src/stakeholders/model/stakeholder';
import { conversationSuggestsAdvance } from '../../src/stakeholders/stageHistory';
import { DayInput } from '../components/DayInput';
import { FormDialog, type DialogProps } from '../components/form/FormDialog';
import { useCommandForm } from '../components/form/useCommandForm';
import { useToday } from '../components/useToday';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import type { Lookups } from './lookups';

type Values = z.input<typeof ConversationInput> & {
  withFollowUp: boolean;
  followUpTitle: string;
  followUpOwnerId: string | null;
  followUpDue: string | null;
};

/**
 * The conversation as the command checks it, and the follow-up's title when one is asked for
 * (checked even while other fields are wrong, so every message shows at once).
 */
const FormSchema = ConversationInput.omit({ followUp: true })
  .extend({
    withFollowUp: z.boolean(),
    followUpTitle: z.string(),
    followUpOwnerId: z.string().nullable(),
    followUpDue: z.string().nullable(),
  })
  .refine((values) => !values.withFollowUp || values.followUpTitle.trim() !== '', {
    path: ['followUpTitle'],
    message: 'Say what the follow-up is.',
    when: () => true,
  });

/**
 * Logs a conversation: when, with whom, who held it, what was said and agreed, what worried
 * them, and a follow-up that becomes an action item. Anyone in it still at "identified" or
 * "contacted" is offered a move to "in conversation" (ticked, and easy to untick).
 */
export function ConversationFormModal({
  opened,
  onClose,
  lookups,
  withIds,
}: DialogProps & {
  lookups: Lookups;
  /** The people the conversation starts with (the person whose drawer is open). */
  withIds: string[];
}) {
  const { run } = useWorkspaceActions();
  const today = useToday();
  const blank = (): Values => ({
    date: today,
    stakeholderIds: withIds,
    heldBy: '',
    channel: 'in-person',
    summary: '',
    commonGround: '',
    concerns: '',
    advanceStakeholderIds: withIds.filter((id) => {
      const p = lookups.people.get(id);
      return p ? conversationSuggestsAdvance(p) : false;
    }),
    withFollowUp: false,
    followUpTitle: '',
    followUpOwnerId: null,
    followUpDue: null,
  });
  // Who the command moved, for the message said once it is logged.
  const advanced = useRef<string[]>([]);
  const { form, dialog } = useCommandForm<Values>({
    opened,
    initialValues: blank,
    schema: FormSchema,
    save: async ({ withFollowUp, followUpTitle, followUpOwnerId, followUpDue, ...conversation }) => {
      const reply = await run('logConversation', {
        ...conversation,
        followUp: withFollowUp ? { title: followUpTitle, ownerId: followUpOwnerId, dueDate: followUpDue } : null,
      });
      advanced.current = reply.result.advanced;
    },
    success: ({ withFollowUp }) => {
      const moved = advanced.current;
      return `Conversation logged.${moved.length ? ` ${moved.length === 1 ? lookups.people.get(moved[0]!)?.name : `${moved.length} people`} moved to in conversation.` : ''}${withFollowUp ? ' Follow-up added to the action items.' : ''}`;
    },
    failure: 'The conversation was not logged',
    onClose,
  });

  const values = form.getValues();
  // The offer, recomputed as people are added to or removed from the conversation.
  const offered = values.stakeholderIds
    .map((id) => lookups.people.get(id))
    .filter((p) => p && conversationSuggestsAdvance(p));

  const setPeople = (ids: string[]) => {
    const before = new Set(values.stakeholderIds);
    const advance = new Set((values.advanceStakeholderIds ?? []).filter((id) => ids.includes(id)));
    for (const id of ids) {
      const p = lookups.people.get(id);
      if (!before.has(id) && p && conversationSuggestsAdvance(p)) advance.add(id);
    }
    form.setFieldValue('stakeholderIds', ids);
    form.setFieldValue('advanceStakeholderIds', [...advance]);
  };

  return (
    <FormDialog {...dialog} title="Log a conversation" size="xl" saveLabel="Log conversation">
      <MultiSelect
        label="With"
        required
        data={lookups.personChoices}
        searchable
        limit={30}
        nothingFoundMessage="Nobody by that name"
        value={values.stakeholderIds}
        onChange={setPeople}
        error={form.errors.stakeholderIds}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DayInput label="Date" required maxDate={today} {...form.getInputProps('date')} />
        <TextInput label="Held by" placeholder="Who from the coalition" {...form.getInputProps('heldBy')} />
        <Select label="How" data={Channel.choices} allowDeselect={false} {...form.getInputProps('channel')} />
      </SimpleGrid>
      <Textarea label="Summary" autosize minRows={3} maxRows={8} data-autofocus {...form.getInputProps('summary')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea
          label="Common ground found"
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('commonGround')}
        />
        <Textarea label="Concerns raised" autosize minRows={2} maxRows={6} {...form.getInputProps('concerns')} />
      </SimpleGrid>

      {offered.length > 0 ? (
        <Alert color="cyan" variant="light" title="Move to “in conversation”?">
          <Checkbox.Group
            value={values.advanceStakeholderIds ?? []}
            onChange={(ids) => form.setFieldValue('advanceStakeholderIds', ids)}
            aria-label="People to move to in conversation"
          >
            <Stack gap={6}>
              {offered.map((p) => (
                <Checkbox
                  key={p!.id}
                  value={p!.id}
                  label={`Move ${p!.name} from ${EngagementStage.labelOf(p!.stage).toLowerCase()} to in conversation`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <Text size="xs" c="dimmed" mt={6}>
            The move is kept in their stage history, dated the day of this conversation.
          </Text>
        </Alert>
      ) : null}

      <Checkbox
        label="Add a follow-up to the action items"
        {...form.getInputProps('withFollowUp', { type: 'checkbox' })}
      />
      <Collapse expanded={values.withFollowUp}>
        <TextInput
          label="Follow-up"
          placeholder="Send the CIT overview"
          mb="sm"
          {...form.getInputProps('followUpTitle')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label="Owner"
            data={lookups.personChoices}
            searchable
            clearable
            limit={30}
            clearButtonProps={{ 'aria-label': 'Clear owner' }}
            {...form.getInputProps('followUpOwnerId')}
          />
          <DayInput label="Due" minDate={today} {...form.getInputProps('followUpDue')} />
        </SimpleGrid>
      </Collapse>
    </FormDialog>
  );
}

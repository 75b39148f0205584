import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  AwardCategoryFields,
  DEFAULT_WORD_LIMIT,
  type AwardCategory,
  type RecognitionEvent,
} from '../../src/recognition/model';
import { STANDARD_CATEGORIES } from '../../src/recognition/standardCategories';
import { ConfirmModal } from '../components/ConfirmModal';
import { showFailure, showSuccess } from '../components/feedback';
import { useWorkspace } from '../workspace/WorkspaceProvider';

/** The awards given at the event, in the order they are presented, with what the committee looks for. */
export function AwardsPanel({ event }: { event: RecognitionEvent }) {
  const { run } = useWorkspace();
  const [editing, setEditing] = useState<AwardCategory | 'new' | null>(null);
  const [removing, setRemoving] = useState<AwardCategory | null>(null);
  const have = new Set(event.categories.map((c) => c.name.toLowerCase()));
  const missingStandard = STANDARD_CATEGORIES.filter((c) => !have.has(c.name.toLowerCase())).length;

  async function move(category: AwardCategory, toIndex: number) {
    try {
      await run('moveAwardCategory', { eventId: event.id, id: category.id, toIndex });
    } catch (error) {
      showFailure(error, 'The award was not moved');
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={640}>
          Awards are presented, and printed in the program, in this order. Each nomination story is limited to the
          award’s word count.
        </Text>
        <Group gap="sm">
          {missingStandard > 0 ? (
            <Button
              variant="default"
              onClick={async () => {
                try {
                  await run('addStandardCategories', { eventId: event.id });
                  showSuccess(`Added ${missingStandard} standard ${missingStandard === 1 ? 'award' : 'awards'}.`);
                } catch (error) {
                  showFailure(error, 'The awards were not added');
                }
              }}
            >
              Add the standard awards
            </Button>
          ) : null}
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
            New award
          </Button>
        </Group>
      </Group>
      {event.categories.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text size="sm" c="dimmed">
            No awards yet. Add the standard CIT awards, or your own, before taking nominations.
          </Text>
        </Paper>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Awards">
          {event.categories.map((category, index) => {
            const count = event.nominations.filter(
              (n) => n.categoryId === category.id && n.status !== 'withdrawn',
            ).length;
            return (
              <Paper component="li" key={category.id} withBorder radius="md" p="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={4} style={{ minWidth: 0 }}>
                    <Group gap="xs">
                      <Text fw={600}>{category.name}</Text>
                      <Badge variant="light" color="gray" tt="none">
                        {category.wordLimit} words
                      </Badge>
                      <Badge variant="light" color={count > 0 ? 'blue' : 'gray'} tt="none">
                        {count} {count === 1 ? 'nomination' : 'nominations'}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {category.criteria || 'No criteria written yet.'}
                    </Text>
                  </Stack>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label="Move up">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Move ${category.name} up`}
                        disabled={index === 0}
                        onClick={() => move(category, index - 1)}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Move down">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Move ${category.name} down`}
                        disabled={index === event.categories.length - 1}
                        onClick={() => move(category, index + 1)}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Edit">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Edit ${category.name}`}
                        onClick={() => setEditing(category)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Remove">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove ${category.name}`}
                        onClick={() => setRemoving(category)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      <CategoryFormModal
        eventId={event.id}
        category={editing === 'new' ? undefined : (editing ?? undefined)}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title="Remove this award?"
        message={`“${removing?.name ?? ''}” will be removed from this event. An award that holds nominations cannot be removed until they are moved or deleted.`}
        confirmLabel="Remove award"
        onConfirm={async () => {
          if (!removing) return;
          try {
            await run('removeAwardCategory', { eventId: event.id, id: removing.id });
            showSuccess(`Removed “${removing.name}”.`);
            setRemoving(null);
          } catch (error) {
            setRemoving(null);
            showFailure(error, 'The award was not removed');
          }
        }}
      />
    </Stack>
  );
}

interface Values {
  name: string;
  criteria: string;
  wordLimit: number;
}

function CategoryFormModal({
  eventId,
  category,
  opened,
  onClose,
}: {
  eventId: string;
  category?: AwardCategory;
  opened: boolean;
  onClose: () => void;
}) {
  const { run } = useWorkspace();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { name: '', criteria: '', wordLimit: DEFAULT_WORD_LIMIT },
    validate: schemaResolver(AwardCategoryFields, { sync: true }),
  });

  useEffect(() => {
    if (!opened) return;
    const values = category
      ? { name: category.name, criteria: category.criteria, wordLimit: category.wordLimit }
      : { name: '', criteria: '', wordLimit: DEFAULT_WORD_LIMIT };
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    // Reset only when the dialog opens.
  }, [opened]);

  const submit = form.onSubmit(async (values) => {
    try {
      if (category) await run('updateAwardCategory', { eventId, id: category.id, changes: values });
      else await run('addAwardCategory', { eventId, ...values });
      showSuccess(category ? 'Award saved.' : `Added “${values.name}”.`);
      onClose();
    } catch (error) {
      showFailure(error, 'The award was not saved', form.setErrors);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={category ? 'Edit award' : 'New award'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Award name"
            required
            data-autofocus
            placeholder="Rookie of the Year"
            {...form.getInputProps('name')}
          />
          <Textarea
            label="Criteria"
            description="What the committee looks for. Nominators see this."
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('criteria')}
          />
          <NumberInput
            label="Word limit for the story"
            min={25}
            max={5000}
            step={50}
            allowDecimal={false}
            maw={220}
            {...form.getInputProps('wordLimit')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              {category ? 'Save award' : 'Add award'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { EngagementStage, type Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { lastChangeDay } from '../../src/stakeholders/stageHistory';
import { DayInput } from '../components/DayInput';
import { showFailure, showSuccess } from '../components/feedback';
import { useToday } from '../components/useToday';
import { useWorkspace } from '../workspace/WorkspaceProvider';

/** Moves one person to another stage on a day, with an optional note, kept in their history. */
export function StageChangeModal({ person, onClose }: { person: Stakeholder | null; onClose: () => void }) {
  const { run } = useWorkspace();
  const today = useToday();
  const [stage, setStage] = useState<EngagementStage | null>(null);
  const [on, setOn] = useState<string | null>(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!person) return;
    setStage(null);
    setOn(today);
    setNote('');
    setErrors({});
  }, [person?.id]);

  if (!person) return null;
  const earliest = lastChangeDay(person) ?? undefined;

  const save = async () => {
    if (!stage) {
      setErrors({ stage: 'Choose the stage they are at now.' });
      return;
    }
    try {
      await run('changeStakeholderStage', { ids: [person.id], stage, on: on ?? today, note });
      showSuccess(`${person.name} is now ${EngagementStage.labelOf(stage).toLowerCase()}.`);
      onClose();
    } catch (error) {
      showFailure(error, 'The stage was not changed', setErrors);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Change ${person.name}’s stage`}>
      <Stack gap="md">
        <Text size="sm">
          Now: <strong>{EngagementStage.labelOf(person.stage)}</strong>
        </Text>
        <Select
          label="New stage"
          data={EngagementStage.choices.filter((c) => c.value !== person.stage)}
          value={stage}
          onChange={(v) => setStage(v as EngagementStage | null)}
          error={errors.stage}
          data-autofocus
          required
        />
        <DayInput
          label="On"
          value={on}
          onChange={(v) => setOn(v as string | null)}
          minDate={earliest}
          maxDate={today}
          error={errors.on}
        />
        <TextInput
          label="Note"
          placeholder="Agreed at the first stakeholder meeting"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save}>Change stage</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { allMeasures } from '../../src/programData/measures';
import { MeasureUnit } from '../../src/programData/model';
import { act } from '../components/act';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';

/** Which measures the coalition keeps, and its own measures. A dropped measure keeps its numbers. */
export function MeasuresDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const [label, setLabel] = useState('');
  const [unit, setUnit] = useState<'count' | 'hours'>('count');
  const measures = allMeasures(doc.programMeasures);

  async function add() {
    const done = await act(() => run('addMeasure', { label, unit }), 'The measure was not added', `Added “${label}”.`);
    if (done) setLabel('');
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Measures" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          Tick the measures your agencies report. Unticking one hides it from the grid and the report; numbers already
          entered are kept.
        </Text>
        {measures.map((m) => (
          <Checkbox
            key={m.id}
            label={m.unit === 'hours' ? `${m.label} (hours)` : m.label}
            checked={m.kept}
            onChange={(event) => {
              const kept = event.currentTarget.checked;
              void act(() => run('updateMeasure', { id: m.id, changes: { kept } }), 'The measure was not changed');
            }}
          />
        ))}
        <Group align="flex-end">
          <TextInput
            label="New measure"
            value={label}
            onChange={(event) => setLabel(event.currentTarget.value)}
            style={{ flexGrow: 1 }}
          />
          <Select
            label="Counted in"
            data={MeasureUnit.choices}
            value={unit}
            onChange={(value) => setUnit(value === 'hours' ? 'hours' : 'count')}
            allowDeselect={false}
            w={130}
          />
          <Button onClick={() => void add()} disabled={!label.trim()}>
            Add measure
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

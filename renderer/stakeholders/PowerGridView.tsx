import { Group, Paper, Stack, Text, Title, Tooltip, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { Level } from '../../src/stakeholders/model/stakeholder';
import { gridAdvice, powerGrid } from '../../src/stakeholders/powerGrid';
import { useCollections } from '../workspace/WorkspaceProvider';
import type { Lookups } from './lookups';
import classes from './stakeholders.module.css';
import { MoreCount } from '../components/MoreCount';

const SHOWN_PER_CELL = 12;

/**
 * The power-interest grid: influence up the side, interest along the bottom, each person in
 * their square. The top right square (high influence, high interest) holds the people to bring
 * to the table first.
 */
export function PowerGridView({ lookups, onOpen }: { lookups: Lookups; onOpen: (id: string) => void }) {
  const doc = useCollections('stakeholders', 'organizations');
  const grid = useMemo(() => powerGrid(doc.stakeholders), [doc.stakeholders]);
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="grid-title">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="grid-title">
            Influence and interest
          </Title>
          <Text size="sm" c="dimmed">
            {grid.placed} placed{grid.leftOff ? ` · ${grid.leftOff} who declined or are inactive left off` : ''}
          </Text>
        </Group>
        <div className={classes.gridWrap}>
          <div className={classes.axisY} aria-hidden>
            Influence →
          </div>
          <div>
            <div className={classes.grid} role="list" aria-label="Power-interest grid">
              {grid.rows.flat().map((cell) => {
                const label = `${Level.labelOf(cell.influence)} influence, ${Level.labelOf(cell.interest).toLowerCase()} interest`;
                const people = cell.stakeholderIds.map((id) => lookups.people.get(id)).filter((p) => p !== undefined);
                people.sort((a, b) => a.name.localeCompare(b.name));
                const isKey = cell.influence === 'high' && cell.interest === 'high';
                return (
                  <Paper
                    key={`${cell.influence}-${cell.interest}`}
                    withBorder
                    radius="md"
                    p="sm"
                    className={classes.cell}
                    data-key={isKey}
                    role="listitem"
                    aria-label={`${label}: ${people.length} ${people.length === 1 ? 'person' : 'people'}`}
                  >
                    <Stack gap={6}>
                      <Group justify="space-between" gap={4} wrap="nowrap">
                        <Text size="xs" fw={700} c={isKey ? undefined : 'dimmed'}>
                          {gridAdvice(cell.influence, cell.interest)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {people.length}
                        </Text>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {label}
                      </Text>
                      <Group gap={4}>
                        {people.slice(0, SHOWN_PER_CELL).map((p) => (
                          <Tooltip key={p.id} label={lookups.organizationName(p.organizationId) || p.title || p.name}>
                            <UnstyledButton className={classes.personChip} onClick={() => onOpen(p.id)}>
                              {p.name}
                            </UnstyledButton>
                          </Tooltip>
                        ))}
                        <MoreCount total={people.length} shown={SHOWN_PER_CELL} />
                      </Group>
                    </Stack>
                  </Paper>
                );
              })}
            </div>
            <Text ta="center" size="sm" fw={600} c="dimmed" mt={6} aria-hidden>
              Interest →
            </Text>
          </div>
        </div>
      </Stack>
    </Paper>
  );
}

import { Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ItemProgress } from '../../src/stages/progress';
import { QuickActionLink } from './QuickActionLink';
import { SourceBadge, StatusBadge, StatusIcon } from './statusLook';
import tone from './tone.module.css';

/**
 * One checklist item: its status, what the records show (or the hand mark, or both for an
 * override), how to do it while it is not done, and what can be done about it from here.
 */
export function ItemRow({ item, onMark, onClear }: { item: ItemProgress; onMark(item: ItemProgress): void; onClear(item: ItemProgress): void }) {
  const finished = item.status === 'done' || item.status === 'not-applicable';
  const titleId = `item-${item.id.replace(/\./g, '-')}`;
  return (
    <Paper withBorder radius="md" p="md" component="li" aria-labelledby={titleId} data-item-id={item.id} data-status={item.status} style={{ listStyle: 'none' }}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <StatusIcon status={item.status} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <Text fw={600} id={titleId} style={{ flex: 1, minWidth: 200 }}>
              {item.title}
            </Text>
            <Group gap={6}>
              <StatusBadge status={item.status} />
              <SourceBadge source={item.source} />
            </Group>
          </Group>

          {item.blockingGap ? (
            <Text size="sm" className={tone.warning} fw={500}>
              Holding things back: {item.blockingGap}
            </Text>
          ) : null}
          {item.markLine ? <Text size="sm">{item.markLine}</Text> : null}
          {item.derived ? (
            <Text size="sm" c={item.source === 'override' ? 'dimmed' : undefined} data-testid="item-evidence">
              {item.source === 'override' ? 'Your records show: ' : ''}
              {item.derived.evidence}
            </Text>
          ) : null}
          {!finished ? (
            <Box>
              <Text size="sm" c="dimmed">
                <Text span fw={600} inherit>
                  How to do this:{' '}
                </Text>
                {item.guidance}
              </Text>
            </Box>
          ) : null}

          <Group gap="xs" mt={4}>
            {item.action && !finished ? <QuickActionLink action={item.action} /> : null}
            <Button variant="subtle" size="xs" onClick={() => onMark(item)} aria-label={`${item.mark ? 'Change mark' : item.derivable ? 'Set by hand' : 'Tick by hand'}: ${item.title}`}>
              {item.mark ? 'Change mark' : item.derivable ? 'Set by hand' : 'Tick by hand'}
            </Button>
            {item.mark ? (
              <Button variant="subtle" color="red" size="xs" onClick={() => onClear(item)} aria-label={`Clear mark: ${item.title}`}>
                Clear mark
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

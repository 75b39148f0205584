import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconArrowDown, IconArrowUp, IconEyeOff, IconGripVertical, IconStack2 } from '@tabler/icons-react';
import { EditDeleteIcons } from '../components/EditDelete';
import { AgendaPurpose, type AgendaItem } from '../../src/meetings/model';
import type { TimedItem } from '../../src/meetings/agendaTiming';

const PURPOSE_COLOR: Record<AgendaItem['purpose'], string> = {
  information: 'blue',
  discussion: 'grape',
  decision: 'indigo',
};

/**
 * One agenda item: its handle for dragging, start time, title and details, and the buttons that
 * move, edit and delete it. When the Word agenda will not print the presenter's name (they asked
 * not to be named in shared documents), the row says so, so the chair is not surprised on paper.
 */
export function ItemRow({
  item,
  timed,
  presenter,
  printedPresenter,
  first,
  last,
  onUp,
  onDown,
  onEdit,
  onDelete,
  onConsent,
  onConsentAgenda = false,
  pulledBy = '',
}: {
  item: AgendaItem;
  timed: TimedItem | undefined;
  presenter: string;
  /** The presenter as the Word agenda prints them (shared documents). */
  printedPresenter: string;
  first: boolean;
  last: boolean;
  onUp: () => void;
  onDown: () => void;
  onEdit: () => void;
  onDelete: () => void;
  /** Puts the item on the consent agenda, or takes it off (src/meetings/consent.ts). */
  onConsent?: () => void;
  onConsentAgenda?: boolean;
  /** Who pulled it off the consent agenda, if someone did. */
  pulledBy?: string;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  return (
    <Paper
      ref={setNodeRef}
      role="listitem"
      withBorder
      p="xs"
      radius="sm"
      bg={isDragging ? 'var(--mantine-color-blue-light)' : undefined}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="agenda-item"
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          aria-label={`Drag to reorder ${item.title}`}
          {...attributes}
          {...listeners}
          style={{ cursor: 'grab' }}
        >
          <IconGripVertical size={16} />
        </ActionIcon>
        <Text size="sm" fw={600} w={110} style={{ flexShrink: 0 }} data-testid="item-start">
          {timed?.label ?? ''}
        </Text>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {timed ? `${timed.number}. ` : ''}
            {item.title}
          </Text>
          <Group gap="xs">
            <Badge size="xs" variant="light" color={PURPOSE_COLOR[item.purpose]}>
              {AgendaPurpose.labelOf(item.purpose)}
            </Badge>
            <Text size="xs" c="dimmed">
              {item.timeboxMinutes} min{presenter ? ` · ${presenter}` : ''}
              {item.attachments.length
                ? ` · ${item.attachments.length} attachment${item.attachments.length === 1 ? '' : 's'}`
                : ''}
              {item.carriedFrom ? ' · carried forward' : ''}
            </Text>
          </Group>
          {presenter && printedPresenter !== presenter ? (
            <Text size="xs" c="dimmed" data-testid="presenter-print-note">
              <IconEyeOff size={12} style={{ verticalAlign: -1 }} aria-hidden /> The Word agenda prints “
              {printedPresenter}” in place of {presenter}, as they asked not to be named in shared documents.
            </Text>
          ) : null}
          {item.description ? (
            <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {item.description}
            </Text>
          ) : null}
          {pulledBy ? (
            <Text size="xs" fs="italic">
              Pulled from the consent agenda by {pulledBy}
            </Text>
          ) : null}
          {item.guidance ? (
            <Text size="xs" c="dimmed" fs="italic">
              Tip: {item.guidance}
            </Text>
          ) : null}
        </Stack>
        <Group gap={2} wrap="nowrap">
          <ActionIcon variant="subtle" aria-label={`Move ${item.title} up`} disabled={first} onClick={onUp}>
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={`Move ${item.title} down`} disabled={last} onClick={onDown}>
            <IconArrowDown size={16} />
          </ActionIcon>
          {onConsent ? (
            <ActionIcon
              variant={onConsentAgenda ? 'light' : 'subtle'}
              aria-label={
                onConsentAgenda
                  ? `Take ${item.title} off the consent agenda`
                  : `Put ${item.title} on the consent agenda`
              }
              title={onConsentAgenda ? 'Take off the consent agenda' : 'Put on the consent agenda'}
              onClick={onConsent}
            >
              <IconStack2 size={16} />
            </ActionIcon>
          ) : null}
          <EditDeleteIcons name={item.title} onEdit={onEdit} onDelete={onDelete} />
        </Group>
      </Group>
    </Paper>
  );
}

import { Badge, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconCircleMinus, IconProgress } from '@tabler/icons-react';
import { ITEM_STATUS_LABELS, type ItemStatus, type StatusSource } from '../../src/stages/progress';

/** One look per status, shared by the stages screen and the dashboard. */
const LOOK: Record<ItemStatus, { color: string; Icon: typeof IconCircleCheck }> = {
  done: { color: 'teal', Icon: IconCircleCheck },
  'in-progress': { color: 'yellow', Icon: IconProgress },
  'not-started': { color: 'gray', Icon: IconCircleDashed },
  'not-applicable': { color: 'gray', Icon: IconCircleMinus },
};

export function StatusIcon({ status }: { status: ItemStatus }) {
  const { color, Icon } = LOOK[status];
  return (
    <ThemeIcon variant="light" color={color} radius="xl" size={30} aria-hidden>
      <Icon size={19} stroke={1.8} />
    </ThemeIcon>
  );
}

export function StatusBadge({ status }: { status: ItemStatus }) {
  return (
    // The dot variant keeps the text in the page's own colour: light badges in yellow fail contrast.
    <Badge variant="dot" color={LOOK[status].color} radius="sm" data-testid="item-status">
      {ITEM_STATUS_LABELS[status]}
    </Badge>
  );
}

const SOURCE_LABEL: Record<StatusSource, string | null> = {
  data: 'From your records',
  hand: 'Ticked by hand',
  override: 'Set by hand',
  none: null,
};

export function SourceBadge({ source }: { source: StatusSource }) {
  const label = SOURCE_LABEL[source];
  if (!label) return null;
  return (
    // An override stands out with an orange dot; the text stays in the page's colour for contrast.
    <Badge variant={source === 'override' ? 'dot' : 'outline'} color={source === 'override' ? 'orange' : 'gray'} radius="sm">
      {label}
    </Badge>
  );
}

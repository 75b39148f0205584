import { ActionIcon, Group, Tooltip, type GroupProps } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash, type Icon } from '@tabler/icons-react';

/**
 * Move up, move down, edit and remove for one row of a list kept in order (the awards, the run of
 * show). Each button is named after the row: "Move Welcome up", "Remove Welcome".
 */
export function OrderedRowActions({
  name,
  index,
  count,
  onMove,
  onEdit,
  onRemove,
  justify,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (toIndex: number) => void;
  onEdit: () => void;
  onRemove: () => void;
  justify?: GroupProps['justify'];
}) {
  return (
    <Group gap={2} justify={justify} wrap="nowrap">
      <RowAction
        tip="Move up"
        label={`Move ${name} up`}
        icon={IconArrowUp}
        disabled={index === 0}
        onClick={() => onMove(index - 1)}
      />
      <RowAction
        tip="Move down"
        label={`Move ${name} down`}
        icon={IconArrowDown}
        disabled={index === count - 1}
        onClick={() => onMove(index + 1)}
      />
      <RowAction tip="Edit" label={`Edit ${name}`} icon={IconPencil} onClick={onEdit} />
      <RowAction tip="Remove" label={`Remove ${name}`} icon={IconTrash} onClick={onRemove} />
    </Group>
  );
}

function RowAction({
  tip,
  label,
  icon: RowIcon,
  disabled,
  onClick,
}: {
  tip: string;
  label: string;
  icon: Icon;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Tooltip label={tip}>
      <ActionIcon variant="subtle" color="gray" aria-label={label} disabled={disabled} onClick={onClick}>
        <RowIcon size={16} />
      </ActionIcon>
    </Tooltip>
  );
}

import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import classes from './Header.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const UNDO_KEYS = isMac ? '⌘Z' : 'Ctrl+Z';
const REDO_KEYS = isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z';

/** Undo and Redo, each naming the change it would undo or redo ("Undo: change coalition details…"). */
export function UndoRedoButtons() {
  const { view, undo, redo } = useWorkspace();
  if (!view) return null;
  const undoLabel = view.undo ? `Undo: ${view.undo}` : 'Nothing to undo';
  const redoLabel = view.redo ? `Redo: ${view.redo}` : 'Nothing to redo';

  return (
    <Group gap={2} wrap="nowrap">
      <Tooltip label={view.undo ? `${undoLabel} (${UNDO_KEYS})` : undoLabel} disabled={!view.undo} multiline maw={320}>
        <ActionIcon
          className={classes.quietWhenDisabled}
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={undoLabel}
          disabled={!view.undo}
          onClick={() => void undo()}
        >
          <IconArrowBackUp size={20} stroke={1.7} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={view.redo ? `${redoLabel} (${REDO_KEYS})` : redoLabel} disabled={!view.redo} multiline maw={320}>
        <ActionIcon
          className={classes.quietWhenDisabled}
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={redoLabel}
          disabled={!view.redo}
          onClick={() => void redo()}
        >
          <IconArrowForwardUp size={20} stroke={1.7} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

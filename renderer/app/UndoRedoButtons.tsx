import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useWorkspaceActions, useWorkspaceSelector } from '../workspace/WorkspaceProvider';
import classes from './Header.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** What sets the two buttons apart: their word, their shortcut and their arrow. */
const STEPS = {
  undo: { verb: 'Undo', keys: isMac ? '⌘Z' : 'Ctrl+Z', icon: IconArrowBackUp },
  redo: { verb: 'Redo', keys: isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z', icon: IconArrowForwardUp },
};

/** Undo and Redo, each naming the change it would undo or redo ("Undo: change coalition details…"). */
export function UndoRedoButtons() {
  const open = useWorkspaceSelector((snapshot) => snapshot.view !== null);
  if (!open) return null;
  return (
    <Group gap={2} wrap="nowrap">
      <HistoryButton step="undo" />
      <HistoryButton step="redo" />
    </Group>
  );
}

/** One of the two: its tooltip adds the shortcut while there is something to undo or redo. */
function HistoryButton({ step }: { step: keyof typeof STEPS }) {
  const actions = useWorkspaceActions();
  const { verb, keys, icon: Icon } = STEPS[step];
  const change = useWorkspaceSelector((snapshot) => snapshot.view?.[step]);
  const label = change ? `${verb}: ${change}` : `Nothing to ${step}`;
  return (
    <Tooltip label={change ? `${label} (${keys})` : label} disabled={!change} multiline maw={320}>
      <ActionIcon
        className={classes.quietWhenDisabled}
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
        disabled={!change}
        onClick={() => void actions[step]()}
      >
        <Icon size={20} stroke={1.7} />
      </ActionIcon>
    </Tooltip>
  );
}

import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import { useWorkspace } from '../workspace/WorkspaceProvider';
import classes from './Header.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** What sets the two buttons apart: their word, their shortcut and their arrow. */
const STEPS = {
  undo: { verb: 'Undo', keys: isMac ? '⌘Z' : 'Ctrl+Z', icon: IconArrowBackUp },
  redo: { verb: 'Redo', keys: isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z', icon: IconArrowForwardUp },
};

/** Undo and Redo, each naming the change it would undo or redo ("Undo: change coalition details…"). */
export function UndoRedoButtons() {
  const { view } = useWorkspace();
  if (!view) return null;
  return (
    <Group gap={2} wrap="nowrap">
      <HistoryButton step="undo" />
      <HistoryButton step="redo" />
    </Group>
  );
}

/** One of the two: its tooltip adds the shortcut while there is something to undo or redo. */
function HistoryButton({ step }: { step: keyof typeof STEPS }) {
  const workspace = useWorkspace();
  const { verb, keys, icon: Icon } = STEPS[step];
  const change = workspace.view?.[step];
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
        onClick={() => void workspace[step]()}
      >
        <Icon size={20} stroke={1.7} />
      </ActionIcon>
    </Tooltip>
  );
}

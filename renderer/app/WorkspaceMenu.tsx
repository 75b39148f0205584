import { ActionIcon, Menu } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import {
  IconCopy,
  IconDoorExit,
  IconDots,
  IconFilePlus,
  IconFolder,
  IconFolderOpen,
  IconHistory,
  IconListDetails,
  IconSettings,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useLocation } from 'wouter';
import { ApiError, call } from '../api/client';
import { CloseUnsavedModal } from '../workspace/CloseUnsavedModal';
import { openWorkspaceDialog } from '../workspace/workspaceDialogs';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { useAppControls } from './AppControls';
import { revealWorkspaceFile } from './revealWorkspaceFile';

/**
 * The header's menu: everything about the coalition as a whole, for people who never open the
 * window's menu bar (and for the browser, which has none).
 */
export function WorkspaceMenu() {
  const controls = useAppControls();
  const { setView } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const [unsavedReason, setUnsavedReason] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);

  /**
   * Closing saves first; if that save fails the main process refuses ('not-allowed') rather than
   * lose the changes, and the person is asked whether to close anyway.
   */
  async function close(discardUnsavedChanges: boolean) {
    setClosing(true);
    try {
      await call('closeWorkspace', { discardUnsavedChanges });
      setUnsavedReason(null);
      setView(null);
      navigate('/');
    } catch (error) {
      if (!discardUnsavedChanges && error instanceof ApiError && error.body.code === 'not-allowed') {
        setUnsavedReason(error.message);
      } else {
        notifications.show({
          color: 'red',
          title: 'The coalition could not be closed',
          message: (error as Error).message,
        });
      }
    } finally {
      setClosing(false);
    }
  }

  async function saveCopy() {
    try {
      const moved = await call('saveWorkspaceAs');
      if (moved) {
        setView(moved);
        notifications.show({ color: 'teal', message: `Now working in “${moved.fileName}”.` });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: 'The copy could not be saved', message: (error as Error).message });
    }
  }

  return (
    <>
      <Menu position="bottom-end" width={250} shadow="md">
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label="Coalition menu" title="Coalition menu">
            <IconDots size={20} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => navigate('/settings')}>
            Coalition settings
          </Menu.Item>
          <Menu.Item leftSection={<IconHistory size={16} />} onClick={controls.showBackups}>
            Backups…
          </Menu.Item>
          <Menu.Item leftSection={<IconListDetails size={16} />} onClick={() => openWorkspaceDialog('history')}>
            History of changes…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconFilePlus size={16} />} onClick={controls.startNewCoalition}>
            New coalition…
          </Menu.Item>
          <Menu.Item leftSection={<IconFolderOpen size={16} />} onClick={() => void controls.openFile()}>
            Open another coalition…
          </Menu.Item>
          <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => void saveCopy()}>
            Save a copy as…
          </Menu.Item>
          <Menu.Item leftSection={<IconShieldCheck size={16} />} onClick={() => openWorkspaceDialog('share-safe')}>
            Save a share-safe copy…
          </Menu.Item>
          <Menu.Item leftSection={<IconFolder size={16} />} onClick={() => void revealWorkspaceFile()}>
            Show file in folder
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconDoorExit size={16} />} onClick={() => void close(false)}>
            Close coalition
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CloseUnsavedModal
        reason={unsavedReason}
        closing={closing}
        onConfirm={() => void close(true)}
        onCancel={() => setUnsavedReason(null)}
      />
    </>
  );
}

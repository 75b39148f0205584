import { Alert } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useWorkspaceSelector } from '../workspace/WorkspaceProvider';

const NOTICE_ID = 'copy-not-shared';

/** What a person is told about a copy of a shared coalition (File › Save As). */
export function copyNotSharedMessage(sharedFile: string): string {
  return `This copy is not shared with the committee: changes made in it stay in it. Your shared file is still ${sharedFile}. To share this copy, connect it on the Sharing page.`;
}

/** The shared file this open workspace was copied from with Save As, if it was (see WorkspaceView). */
export function useCopyOfSharedFile(): string | null {
  return useWorkspaceSelector((snapshot) => snapshot.view?.copyOfSharedFile ?? null);
}

/**
 * Says right after Save As of a shared coalition (from the header's menu, the window's
 * menu or the changed-file notice), that the new copy is not shared and which file still is, until
 * another file is opened.
 */
export function CopyNotSharedNotice() {
  const sessionId = useWorkspaceSelector((snapshot) => snapshot.view?.sessionId ?? null);
  const sharedFile = useCopyOfSharedFile();
  useEffect(() => {
    if (sharedFile === null) return;
    notifications.show({
      id: NOTICE_ID,
      color: 'yellow',
      title: 'This copy is not shared',
      message: copyNotSharedMessage(sharedFile),
      autoClose: false,
    });
    // Another file open (the shared one again, say): what was said of the copy no longer holds.
    return () => {
      notifications.hide(NOTICE_ID);
    };
  }, [sessionId, sharedFile]);

  return null;
}

/** The same words on the Sharing page of the copy, for as long as it is open. */
export function CopyNotSharedAlert({ sharedFile }: { sharedFile: string }) {
  return (
    <Alert color="yellow" icon={<IconInfoCircle size={18} />} title="This copy is not shared" maw={720} mb="lg">
      {copyNotSharedMessage(sharedFile)}
    </Alert>
  );
}

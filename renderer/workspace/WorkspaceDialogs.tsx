import { useEffect } from 'react';
import { HistoryModal } from './HistoryModal';
import { ShareSafeCopyModal } from './ShareSafeCopyModal';
import { closeWorkspaceDialog, useWorkspaceDialog } from './workspaceDialogs';

/** The windows about the coalition as a whole, opened from either menu (see workspaceDialogs.ts). */
export function WorkspaceDialogs() {
  const open = useWorkspaceDialog();
  // Closing the coalition closes its windows; they must not reappear with the next one.
  useEffect(() => closeWorkspaceDialog, []);
  return (
    <>
      <HistoryModal opened={open === 'history'} onClose={closeWorkspaceDialog} />
      <ShareSafeCopyModal opened={open === 'share-safe'} onClose={closeWorkspaceDialog} />
    </>
  );
}

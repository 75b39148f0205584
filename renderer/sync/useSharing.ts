import { useCallback, useEffect, useState } from 'react';
import type { SharingView } from '../../src/sync/service';
import { statusLine } from '../../src/sync/status';
import { call, onAppEvent } from '../api/client';
import { useWorkspaceSelector } from '../workspace/WorkspaceProvider';

/**
 * The open workspace's sharing, as the main process last said: read when the workspace opens,
 * then kept up to date by its 'sync-status' events. Null when the workspace is not shared.
 */
export function useSharing(): { sharing: SharingView | null; loaded: boolean; reload(): Promise<void> } {
  // Only which workspace is open: the header's badge is not drawn again for every change.
  const sessionId = useWorkspaceSelector((snapshot) => snapshot.view?.sessionId ?? null);
  const [sharing, setSharing] = useState<SharingView | null>(null);
  const [loaded, setLoaded] = useState(false);

  const reload = useCallback(async () => {
    try {
      setSharing(await call('getSyncStatus'));
    } catch {
      setSharing(null);
    } finally {
      setLoaded(true);
    }
  }, []);

  useEffect(() => {
    if (sessionId === null) return;
    void reload();
    return onAppEvent((event) => {
      if (event.type !== 'sync-status') return;
      const { status } = event;
      if (status === null) setSharing(null);
      else
        setSharing((current) => {
          // The server and account come with the status the first time; later events bring the status only.
          if (!current) {
            void reload();
            return current;
          }
          return { ...current, status, line: statusLine(status) };
        });
    });
  }, [sessionId, reload]);

  return { sharing, loaded, reload };
}

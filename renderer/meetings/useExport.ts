import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { call } from '../api/client';

type ExportMethod = 'exportAgendaDocx' | 'exportMinutesDocx' | 'exportMeetingIcs' | 'exportSeriesIcs';

/** Runs an export: the main process asks where to save; the person is told where it went. */
export function useExport() {
  return useCallback(
    async (method: ExportMethod, input: { meetingId: string } | { seriesId: string }, what: string) => {
      try {
        const saved = await (call as (m: ExportMethod, i: unknown) => Promise<{ fileName: string } | null>)(
          method,
          input,
        );
        if (saved) notifications.show({ color: 'teal', message: `Saved ${saved.fileName}.`, autoClose: 5000 });
      } catch (error) {
        notifications.show({
          color: 'red',
          message: `The ${what} was not saved: ${(error as Error).message}`,
          autoClose: 8000,
        });
      }
    },
    [],
  );
}

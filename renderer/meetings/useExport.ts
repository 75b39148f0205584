import { useCallback } from 'react';
import { call } from '../api/client';
import { act } from '../components/act';

type ExportMethod =
  | 'exportAgendaDocx'
  | 'exportMinutesDocx'
  | 'exportMeetingIcs'
  | 'exportSeriesIcs'
  | 'exportMeetingPacketDocx'
  | 'exportSignInSheetDocx'
  | 'exportMeetingNameTentsDocx';

/** Runs an export: the main process asks where to save; the person is told where it went. */
export function useExport() {
  return useCallback(
    (method: ExportMethod, input: { meetingId: string; forRoomOnly?: boolean } | { seriesId: string }, what: string) =>
      act(
        // One method of several, which the compiler cannot call as a whole: each takes its input and answers the same.
        () => (call as (m: ExportMethod, i: unknown) => Promise<{ fileName: string } | null>)(method, input),
        `The ${what} was not saved`,
        // Null: the person closed the save dialog, so there is nothing to say.
        (saved) => (saved ? `Saved ${saved.fileName}.` : null),
      ),
    [],
  );
}

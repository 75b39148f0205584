import type { Meeting } from '../../src/meetings/model';

/** What every dialog about one meeting is given (delete, invitation, series, approval). */
export interface MeetingDialogProps {
  opened: boolean;
  onClose: () => void;
  meeting: Meeting;
}

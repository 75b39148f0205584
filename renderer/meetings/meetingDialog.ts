import type { Meeting } from '../../src/meetings/model';
import type { DialogProps } from '../components/form/FormDialog';

/** What every dialog about one meeting is given (delete, invitation, series, approval). */
export interface MeetingDialogProps extends DialogProps {
  meeting: Meeting;
}

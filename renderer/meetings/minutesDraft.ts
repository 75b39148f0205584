import type { UseFormReturnType } from '@mantine/form';
import type { Meeting, MinutesItem } from '../../src/meetings/model';
import { act } from '../components/act';

/**
 * A form folded into a minutes item (a decision, an action item). Its card keeps the form, so a
 * draft survives Cancel; it is cleared once saved.
 */
export interface MinutesDraftProps<Values> {
  meeting: Meeting;
  item: MinutesItem;
  form: UseFormReturnType<Values>;
  onDone: () => void;
}

/** Saves the draft through `act`; once saved, it is cleared and folded away. */
export async function saveDraft<Values>(
  { form, onDone }: Pick<MinutesDraftProps<Values>, 'form' | 'onDone'>,
  work: () => Promise<unknown>,
  failure: string,
  success: string,
): Promise<void> {
  if (await act(work, failure, success)) {
    form.reset();
    onDone();
  }
}

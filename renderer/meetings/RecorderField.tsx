import { TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Meeting } from '../../src/meetings/model';
import { act } from '../components/act';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

/** Who took the minutes, saved when the field is left. */
export function RecorderField({ meeting, disabled }: { meeting: Meeting; disabled: boolean }) {
  const { run } = useWorkspaceActions();
  const [value, setValue] = useState(meeting.minutes?.recorder ?? '');
  return (
    <TextInput
      label="Minutes taken by"
      value={value}
      disabled={disabled}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => {
        if (value === (meeting.minutes?.recorder ?? '')) return;
        void act(() => run('updateMinutes', { meetingId: meeting.id, recorder: value }), 'The name was not saved');
      }}
    />
  );
}

import { Button, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { call } from '../api/client';
import { act } from '../components/act';

/**
 * "Make the meeting packet": one click builds the whole packet (agenda, minutes for approval,
 * action items, the reports the agenda names) and asks where to save it. A large workspace takes
 * a few seconds, so the button shows it is working and says so to screen readers.
 */
export function PacketButton({ meetingId, icon }: { meetingId: string; icon: ReactNode }) {
  const [making, setMaking] = useState(false);
  const make = async () => {
    setMaking(true);
    try {
      await act(
        () => call('exportMeetingPacketDocx', { meetingId }),
        'The meeting packet was not saved',
        (saved) => (saved ? `Saved ${saved.fileName}.` : null),
      );
    } finally {
      setMaking(false);
    }
  };
  return (
    <>
      <Button variant="filled" leftSection={icon} loading={making} loaderProps={{ type: 'dots' }} onClick={make}>
        Make the meeting packet
      </Button>
      <Text size="xs" c="dimmed" aria-live="polite" display={making ? undefined : 'none'} data-testid="packet-progress">
        {making ? 'Making the packet: agenda, minutes, action items and reports…' : ''}
      </Text>
    </>
  );
}

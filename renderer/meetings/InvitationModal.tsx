import { Alert, Button, CopyButton, Group, Loader, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { Invitation } from '../../src/meetings/export/invitation';
import { call } from '../api/client';
import { act } from '../components/act';
import type { MeetingDialogProps } from './meetingDialog';

/** The invitation as text to paste into an email, and a link that opens the mail program addressed to the invitees. */
export function InvitationModal({ opened, onClose, meeting }: MeetingDialogProps) {
  const [invite, setInvite] = useState<Invitation | null>(null);
  useEffect(() => {
    if (!opened) return;
    // A reply for a meeting no longer shown (closed, or another one opened) is not shown.
    let current = true;
    setInvite(null);
    void act(async () => {
      const written = await call('invitationText', { meetingId: meeting.id });
      if (current) setInvite(written);
    }, 'The invitation could not be written');
    return () => {
      current = false;
    };
  }, [opened, meeting]);

  return (
    <Modal opened={opened} onClose={onClose} title="Invitation" size="lg">
      {!invite ? (
        <Loader aria-label="Writing the invitation" />
      ) : (
        <Stack gap="sm">
          <TextInput label="Subject" value={invite.subject} readOnly />
          <Textarea label="Message" value={invite.body} readOnly autosize minRows={8} maxRows={18} />
          {invite.withoutEmail > 0 ? (
            <Alert color="yellow">
              {invite.withoutEmail} invitee{invite.withoutEmail === 1 ? ' has' : 's have'} no usable email address;
              reach them another way.
            </Alert>
          ) : null}
          <Text size="xs" c="dimmed">
            The invitees’ addresses go in Bcc, so no one sees the others’ addresses.
          </Text>
          <Group justify="flex-end">
            <CopyButton value={invite.body}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy}>
                  {copied ? 'Copied' : 'Copy message'}
                </Button>
              )}
            </CopyButton>
            <Button
              component="a"
              leftSection={<IconMail size={16} />}
              href={invite.mailto}
              onClick={(event: React.MouseEvent) => {
                // In the app, links open through the main process (which allows only https and mailto).
                event.preventDefault();
                void act(
                  () => call('openExternalLink', { url: invite.mailto }),
                  'The mail program could not be opened',
                );
              }}
            >
              Open in email
            </Button>
          </Group>
          {invite.mailto.includes('&body=') ? null : (
            <Text size="xs" c="dimmed">
              The message is too long for a mail link: copy it and paste it into the email.
            </Text>
          )}
        </Stack>
      )}
    </Modal>
  );
}

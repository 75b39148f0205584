import { Alert, Anchor, Badge, Box, Button, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDeviceFloppy, IconGitMerge, IconMailForward, IconRefresh, IconShare } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, Route, Switch } from 'wouter';
import type { SharingView } from '../../src/sync/service';
import type { MethodOutput } from '../../src/api/contract';
import { call } from '../api/client';
import { PageHeader } from '../app/PageHeader';
import { ConfirmModal } from '../components/ConfirmModal';
import { ConflictsPage } from './ConflictsPage';
import { ConnectForm } from './ConnectForm';
import { CopyNotSharedAlert, useCopyOfSharedFile } from './CopyNotSharedNotice';
import { useSharing } from './useSharing';

/** Sharing (#/sharing) and its list of conflicts (#/sharing/conflicts). */
export function SharingArea() {
  return (
    <Switch>
      <Route path="/conflicts" component={ConflictsPage} />
      <Route component={SharingPage} />
    </Switch>
  );
}

/**
 * Sharing this coalition with the other members' laptops: connect it to the coalition's server
 * (or sign in again), make an invitation for a member, sync now, or stop sharing. The file on
 * this computer stays complete whatever happens here.
 */
export function SharingPage() {
  const { sharing, loaded, reload } = useSharing();
  const copyOf = useCopyOfSharedFile();
  const shown = (view: SharingView) => {
    notifications.show({ color: 'teal', message: `Connected: ${view.line}.` });
    if (view.notice)
      notifications.show({
        color: 'yellow',
        title: 'Your password is not kept',
        message: view.notice,
        autoClose: false,
      });
    void reload();
  };

  return (
    <>
      <PageHeader
        title="Sharing"
        description="Share this coalition with the other members of the committee: each works in their own file, on their own laptop, online or not, and everyone’s changes reach everyone."
      />
      {!loaded ? (
        <Loader size="sm" aria-label="Reading how this coalition is shared" />
      ) : sharing === null ? (
        <>
          {copyOf ? <CopyNotSharedAlert sharedFile={copyOf} /> : null}
          <Paper withBorder radius="lg" p="xl" maw={720} component="section" aria-labelledby="sharing-connect">
            <Title order={2} id="sharing-connect" mb={4}>
              Connect to the coalition’s server
            </Title>
            <Text size="sm" c="dimmed" mb="lg">
              Your file stays on this computer and keeps working without a network. The server keeps a copy for the
              other members; private notes, lived experience and contact details are locked with the passphrase before
              they leave this laptop.
            </Text>
            <ConnectForm again={null} onConnected={shown} />
          </Paper>
        </>
      ) : (
        <Connected sharing={sharing} onChanged={reload} onSignedIn={shown} />
      )}
    </>
  );
}

function Connected({
  sharing,
  onChanged,
  onSignedIn,
}: {
  sharing: SharingView;
  onChanged(): Promise<void>;
  onSignedIn(view: SharingView): void;
}) {
  const [syncing, setSyncing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const signedOut = sharing.status.connection === 'signed-out';
  const failed = sharing.status.connection === 'failed';

  async function syncNow() {
    setSyncing(true);
    try {
      const view = await call('syncNow');
      notifications.show({ color: view.status.connection === 'synced' ? 'teal' : 'yellow', message: view.line });
      await onChanged();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not sync', message: (error as Error).message });
    } finally {
      setSyncing(false);
    }
  }

  async function stopSharing() {
    try {
      await call('disconnectSync');
      setConfirming(false);
      notifications.show({ message: 'This coalition is no longer shared. Everything is still in your file.' });
      await onChanged();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Sharing did not stop', message: (error as Error).message });
    }
  }

  return (
    <Stack gap="xl" maw={900}>
      <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="sharing-status">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <Stack gap={4}>
            <Title order={2} id="sharing-status">
              {sharing.line}
            </Title>
            <Text size="sm" c="dimmed">
              Shared through {sharing.server}, in the space “{sharing.database}”, signed in as {sharing.username}.
            </Text>
          </Stack>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconRefresh size={18} />}
              loading={syncing}
              disabled={signedOut}
              onClick={() => void syncNow()}
            >
              Sync now
            </Button>
            <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
              Stop sharing…
            </Button>
          </Group>
        </Group>
        {failed && sharing.status.failure ? (
          <Alert color="red" mt="md" role="alert" title="Sync failed">
            {`The server said ${sharing.status.failure}. Your changes are safe in your file and will be sent once this is fixed.`}
            {sharing.status.failure.includes('password') ? ' Sign in again below with your current password.' : ''}
          </Alert>
        ) : null}
        {sharing.status.conflicts > 0 ? (
          <Alert color="orange" mt="md" icon={<IconGitMerge size={18} />} title="Choose what to keep">
            The same thing was changed on two laptops.{' '}
            <Anchor component={Link} href="/conflicts">
              See {sharing.status.conflicts === 1 ? 'the conflict' : `the ${sharing.status.conflicts} conflicts`}
            </Anchor>
            .
          </Alert>
        ) : null}
      </Paper>

      {signedOut || (failed && sharing.status.failure?.includes('password')) ? (
        <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="sharing-sign-in">
          <Title order={2} id="sharing-sign-in" mb={4}>
            Sign in to sync
          </Title>
          <Text size="sm" c="dimmed" mb="lg">
            This computer does not have your password for the server (or the server no longer takes it). Type it, and
            the coalition passphrase, to start syncing again.
          </Text>
          <ConnectForm again={sharing} onConnected={onSignedIn} />
        </Paper>
      ) : (
        <Invitation />
      )}

      <ConfirmModal
        opened={confirming}
        title="Stop sharing this coalition?"
        message="The file on this computer stays as it is, with everything in it. Changes made here will no longer reach the other members, and theirs will no longer arrive here. You can connect again later."
        confirmLabel="Stop sharing"
        onConfirm={stopSharing}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

/** What the screen shows of an invitation: the words, never its text (which is for the Join dialog). */
type MadeInvitation = MethodOutput<'makeInvitation'>;

/**
 * Makes an invitation for a member and shows it in words: which coalition, server and space,
 * and what else the member needs. It is sent as a small file, or copied to paste in a message;
 * either way the Join dialog reads it.
 */
function Invitation() {
  const [made, setMade] = useState<MadeInvitation | null>(null);
  const [busy, setBusy] = useState<'show' | 'save' | null>(null);

  async function make(save: boolean) {
    setBusy(save ? 'save' : 'show');
    try {
      const reply = await call('makeInvitation', { save });
      setMade(reply);
      if (reply.saved)
        notifications.show({
          color: 'teal',
          message: `Invitation saved as “${reply.saved.fileName}”. Send it to the member.`,
        });
    } catch (error) {
      notifications.show({ color: 'red', title: 'No invitation was made', message: (error as Error).message });
    } finally {
      setBusy(null);
    }
  }

  function copy(text: string) {
    void (navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard')))
      .then(() => notifications.show({ message: 'Invitation copied. Paste it in a message to the member.' }))
      .catch(() =>
        notifications.show({
          color: 'yellow',
          message: 'This computer did not let the app copy. Save the invitation as a file and send that instead.',
        }),
      );
  }

  return (
    <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="sharing-invite">
      <Title order={2} id="sharing-invite" mb={4}>
        Invite a member
      </Title>
      <Text size="sm" c="dimmed" mb="lg">
        An invitation says which server and which space hold the coalition. It holds no password and no passphrase: the
        member signs in with their own account, and you tell them the passphrase yourself.
      </Text>
      {made === null ? (
        <Button
          variant="light"
          leftSection={<IconMailForward size={18} />}
          loading={busy === 'show'}
          onClick={() => void make(false)}
        >
          Make an invitation
        </Button>
      ) : (
        <Paper withBorder radius="md" p="lg" component="article" aria-labelledby="sharing-invitation">
          <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
            <Title order={3} size="h4" id="sharing-invitation">
              Invitation to {made.coalitionName || 'the coalition'}
            </Title>
            <Badge variant="light" color="gray" leftSection={<IconShare size={12} />}>
              No password inside
            </Badge>
          </Group>
          <Box
            component="dl"
            m={0}
            mb="md"
            style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 16, rowGap: 4 }}
          >
            <InvitationDetail term="Coalition" value={made.coalitionName || 'No name yet'} />
            <InvitationDetail term="Server address" value={made.server} />
            <InvitationDetail term="Space on the server" value={made.database} />
          </Box>
          <Text size="sm" fw={600} mb={4}>
            What the member needs to join
          </Text>
          <List size="sm" spacing={4} mb="md" type="ordered">
            <List.Item>
              Their own account on this server, with a password only they know. You or whoever runs the server makes it
              for them; the invitation does not hold one.
            </List.Item>
            <List.Item>
              The coalition passphrase. Tell it to them yourself, in person or on the phone: it is never in the
              invitation file, and should not be in the same message.
            </List.Item>
            <List.Item>
              This invitation: on the app’s first screen they choose “Join a coalition” and open the file, or paste what
              you copied.
            </List.Item>
          </List>
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconDeviceFloppy size={18} />}
              loading={busy === 'save'}
              onClick={() => void make(true)}
            >
              Save invitation file…
            </Button>
            <Button variant="default" leftSection={<IconCopy size={18} />} onClick={() => copy(made.text)}>
              Copy invitation
            </Button>
          </Group>
        </Paper>
      )}
    </Paper>
  );
}

function InvitationDetail({ term, value }: { term: string; value: string }) {
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </>
  );
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDeviceFloppy, IconGitMerge, IconMailForward, IconRefresh, IconShare } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, Route, Switch } from 'wouter';
import type { SharingView } from '../../src/sync/service';
import { call } from '../api/client';
import { PageHeader } from '../app/PageHeader';
import { ConfirmModal } from '../components/ConfirmModal';
import { ConflictsPage } from './ConflictsPage';
import { ConnectForm } from './ConnectForm';
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
        <Paper withBorder radius="lg" p="xl" maw={720} component="section" aria-labelledby="sharing-connect">
          <Title order={2} id="sharing-connect" mb={4}>
            Connect to the coalition’s server
          </Title>
          <Text size="sm" c="dimmed" mb="lg">
            Your file stays on this computer and keeps working without a network. The server keeps a copy for the other
            members; private notes, lived experience and contact details are locked with the passphrase before they
            leave this laptop.
          </Text>
          <ConnectForm again={null} onConnected={shown} />
        </Paper>
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

/** Makes an invitation for a member: shows it to copy, or saves it as a small file to send. */
function Invitation() {
  const [text, setText] = useState<string | null>(null);
  const [busy, setBusy] = useState<'show' | 'save' | null>(null);

  async function make(save: boolean) {
    setBusy(save ? 'save' : 'show');
    try {
      const made = await call('makeInvitation', { save });
      setText(made.text);
      if (made.saved)
        notifications.show({
          color: 'teal',
          message: `Invitation saved as “${made.saved.fileName}”. Send it to the member.`,
        });
    } catch (error) {
      notifications.show({ color: 'red', title: 'No invitation was made', message: (error as Error).message });
    } finally {
      setBusy(null);
    }
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
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={520} mb={text ? 'md' : 0}>
        <Button
          variant="light"
          leftSection={<IconMailForward size={18} />}
          loading={busy === 'show'}
          onClick={() => void make(false)}
        >
          Make an invitation
        </Button>
        <Button
          variant="default"
          leftSection={<IconDeviceFloppy size={18} />}
          loading={busy === 'save'}
          onClick={() => void make(true)}
        >
          Save an invitation file…
        </Button>
      </SimpleGrid>
      {text ? (
        <Stack gap="xs">
          <Textarea
            label="The invitation"
            description="Send this text, or the file, to the member."
            value={text}
            readOnly
            autosize
            minRows={4}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          />
          <Group>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconCopy size={16} />}
              onClick={() =>
                void navigator.clipboard
                  ?.writeText(text)
                  .then(() => notifications.show({ message: 'Invitation copied.' }))
                  .catch(() => notifications.show({ color: 'yellow', message: 'Select the text and copy it.' }))
              }
            >
              Copy
            </Button>
            <Badge variant="light" color="gray" leftSection={<IconShare size={12} />}>
              No password inside
            </Badge>
          </Group>
        </Stack>
      ) : null}
    </Paper>
  );
}

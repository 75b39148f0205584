import {
  Alert,
  Button,
  FileButton,
  Group,
  Modal,
  PasswordInput,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { JoinSyncInput } from '../../src/sync/inputs';
import { ApiError, call } from '../api/client';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';

const BLANK: JoinSyncInput = { invitation: '', account: '', password: '', passphrase: '' };

/**
 * A member joins a shared coalition from the invitation the chair sent (its file, or its text
 * pasted), signing in with their own account. The app then asks where to keep their own file,
 * fills it from the server and opens it.
 */
export function JoinCoalitionModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { setView } = useWorkspaceActions();
  const [, navigate] = useLocation();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<JoinSyncInput>({
    mode: 'controlled',
    initialValues: BLANK,
    validate: schemaResolver(JoinSyncInput, { sync: true }),
  });

  async function submit(values: JoinSyncInput) {
    setBusy(true);
    setRefusal(null);
    try {
      const view = await call('joinSync', values);
      if (!view) return;
      form.setValues(BLANK);
      onClose();
      setView(view);
      navigate('/');
      notifications.show({
        color: 'teal',
        message: `You have joined the coalition. Your own copy is saved as “${view.fileName}”, and it syncs with the others.`,
      });
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) form.setErrors(error.fields);
      else setRefusal((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Join a coalition" size="lg">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Open the invitation your chair sent, or paste its text. Then sign in with your own account on the
            coalition’s server, and type the passphrase the chair told you.
          </Text>
          <Group justify="space-between" align="flex-end">
            <Text size="sm" fw={500}>
              Invitation
            </Text>
            <FileButton
              accept=".citinvite,application/json,text/plain"
              onChange={(file) => {
                if (!file) return;
                void file.text().then((text) => form.setFieldValue('invitation', text));
              }}
            >
              {(props) => (
                <Button {...props} size="xs" variant="light" leftSection={<IconFileImport size={16} />}>
                  Open the invitation file…
                </Button>
              )}
            </FileButton>
          </Group>
          <Textarea
            aria-label="Invitation"
            placeholder="Paste the invitation here"
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('invitation')}
          />
          <Group grow align="flex-start">
            <TextInput label="Your account name" autoComplete="username" {...form.getInputProps('account')} />
            <PasswordInput label="Your password" autoComplete="current-password" {...form.getInputProps('password')} />
          </Group>
          <PasswordInput label="Coalition passphrase" autoComplete="off" {...form.getInputProps('passphrase')} />
          {refusal ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" title="Not joined">
              {refusal}
            </Alert>
          ) : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Join and save my copy…
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

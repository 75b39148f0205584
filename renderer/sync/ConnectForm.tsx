import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertTriangle, IconCloudUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { SharingView } from '../../src/sync/service';
import { ConnectSyncInput } from '../../src/sync/inputs';
import { ApiError, call } from '../api/client';

type Values = ConnectSyncInput;

/**
 * Connects this coalition to a server, or signs in again to the one it is connected to. Each
 * field's message shows beside it; a refusal from the server (a wrong password, an address that
 * does not answer) shows above the button, in the words the app was given.
 */
export function ConnectForm({
  again,
  onConnected,
}: {
  again: SharingView | null;
  onConnected(view: SharingView): void;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      server: again?.server ?? '',
      database: again?.database ?? '',
      account: again?.username ?? '',
      password: '',
      passphrase: '',
    },
    validate: schemaResolver(ConnectSyncInput, { sync: true }),
  });

  async function submit(values: Values) {
    setBusy(true);
    setRefusal(null);
    try {
      onConnected(await call('connectSync', values));
      form.setFieldValue('password', '');
      form.setFieldValue('passphrase', '');
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) form.setErrors(error.fields);
      else setRefusal((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-label={again ? 'Sign in to sync' : 'Connect to a server'}
    >
      <Stack gap="sm">
        <TextInput
          label="Server address"
          description="Whoever runs the coalition’s server gives you this, for example https://sync.example.org."
          placeholder="https://"
          autoComplete="url"
          {...form.getInputProps('server')}
        />
        <TextInput
          label="Name of the coalition’s space on the server"
          description="Also from whoever runs the server: small letters, for example riverside-cit."
          {...form.getInputProps('database')}
        />
        <Group grow align="flex-start">
          <TextInput label="Your account name" autoComplete="username" {...form.getInputProps('account')} />
          <PasswordInput label="Your password" autoComplete="current-password" {...form.getInputProps('password')} />
        </Group>
        <PasswordInput
          label="Coalition passphrase"
          description="Every member types the same passphrase. It locks private notes and contact details, so the server cannot read them. Tell it to members in person, never with the invitation."
          autoComplete="off"
          {...form.getInputProps('passphrase')}
        />
        {refusal ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" title="Not connected">
            {refusal} Nothing in your file was changed.
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} leftSection={<IconCloudUpload size={18} />}>
            {again ? 'Sign in' : 'Connect'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

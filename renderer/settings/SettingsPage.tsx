import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconFolder, IconHistory } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { CoalitionDetailsInput } from '../../src/coalition/model';
import { ApiError, call } from '../api/client';
import { useAppControls } from '../app/AppControls';
import { PageHeader } from '../app/PageHeader';
import { useDoc, useWorkspace } from '../workspace/WorkspaceProvider';
import { AppearanceSection } from './AppearanceSection';
import { timeZoneChoices } from './timeZones';

interface SettingsValues {
  name: string;
  community: string;
  timeZone: string;
}

/** The coalition's name, community and time zone, and where its file is kept. */
export function SettingsPage() {
  const { view, run } = useWorkspace();
  const controls = useAppControls();
  const { coalition } = useDoc();
  const saved: SettingsValues = useMemo(
    () => ({ name: coalition.name, community: coalition.community, timeZone: coalition.timeZone }),
    [coalition.name, coalition.community, coalition.timeZone],
  );
  const zones = useMemo(() => timeZoneChoices(saved.timeZone), [saved.timeZone]);

  const form = useForm<SettingsValues>({
    mode: 'controlled',
    initialValues: saved,
    validate: schemaResolver(CoalitionDetailsInput, { sync: true }),
  });

  // Follow the file when it changes under an untouched form (undo, a restored backup).
  useEffect(() => {
    if (!form.isDirty()) {
      form.setValues(saved);
      form.resetDirty(saved);
    }
    // Only when the saved details change: the form itself is stable.
  }, [saved]);

  const submit = form.onSubmit(async (values) => {
    try {
      await run('updateCoalition', { name: values.name, community: values.community, timeZone: values.timeZone });
      form.resetDirty(values);
      notifications.show({ color: 'teal', message: 'Coalition details saved.' });
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) form.setErrors(error.fields);
      else notifications.show({ color: 'red', title: 'The details were not saved', message: (error as Error).message });
    }
  });

  async function reveal() {
    try {
      await call('revealWorkspaceInFolder');
    } catch (error) {
      notifications.show({ color: 'red', message: (error as Error).message });
    }
  }

  return (
    <>
      <PageHeader
        title="Coalition settings"
        description="The name and community appear at the top of every page and on every document the app prints."
      />
      <Stack gap="xl" maw={720}>
        <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="settings-details">
          <Title order={2} id="settings-details" mb="md">
            Coalition details
          </Title>
          <form onSubmit={submit} noValidate aria-labelledby="settings-details">
            <Stack gap="md">
              <TextInput label="Coalition name" required autoComplete="off" {...form.getInputProps('name')} />
              <TextInput
                label="Community"
                description="The county, city or region the program serves."
                autoComplete="off"
                {...form.getInputProps('community')}
              />
              <Select
                label="Time zone"
                description="Meeting times and due dates are read in this time zone."
                data={zones}
                searchable
                allowDeselect={false}
                nothingFoundMessage="No time zone by that name"
                limit={60}
                {...form.getInputProps('timeZone')}
              />
              <Group justify="flex-end" gap="sm" mt="xs">
                <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
                  Discard changes
                </Button>
                <Button type="submit" loading={form.submitting} disabled={!form.isDirty()}>
                  Save changes
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>

        <AppearanceSection />

        <Paper withBorder radius="lg" p="xl" component="section" aria-labelledby="settings-file">
          <Title order={2} id="settings-file" mb="xs">
            The coalition’s file
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            Every change is saved to this file as you make it. Copies are kept in a folder beside it, so an earlier
            version can be brought back.
          </Text>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }} mb="md">
            {view?.filePath}
          </Text>
          <Group gap="sm">
            <Button variant="default" leftSection={<IconFolder size={18} />} onClick={() => void reveal()}>
              Show in folder
            </Button>
            <Button variant="default" leftSection={<IconHistory size={18} />} onClick={controls.showBackups}>
              Backups…
            </Button>
          </Group>
        </Paper>
      </Stack>
    </>
  );
}

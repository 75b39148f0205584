import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFolder, IconHistory } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useMemo } from 'react';
import { CoalitionDetailsInput } from '../../src/coalition/model';
import { useAppControls } from '../app/AppControls';
import { PageHeader } from '../app/PageHeader';
import { revealWorkspaceFile } from '../app/revealWorkspaceFile';
import { useCommandForm } from '../components/form/useCommandForm';
import { useDoc, useWorkspaceActions, useWorkspaceSelector } from '../workspace/WorkspaceProvider';
import { AppearanceSection } from './AppearanceSection';
import { timeZoneChoices } from './timeZones';

interface SettingsValues {
  name: string;
  community: string;
  timeZone: string;
}

/** The coalition's name, community and time zone, and where its file is kept. */
export function SettingsPage() {
  const filePath = useWorkspaceSelector((snapshot) => snapshot.view?.filePath);
  const { run } = useWorkspaceActions();
  const controls = useAppControls();
  const { coalition } = useDoc();
  const saved: SettingsValues = useMemo(
    () => ({ name: coalition.name, community: coalition.community, timeZone: coalition.timeZone }),
    [coalition.name, coalition.community, coalition.timeZone],
  );
  const zones = useMemo(() => timeZoneChoices(saved.timeZone), [saved.timeZone]);

  // Always shown: it starts from the saved details and, once saved, counts them as unchanged.
  const { form, submit, submitting } = useCommandForm<SettingsValues>({
    initialValues: saved,
    schema: CoalitionDetailsInput,
    save: ({ name, community, timeZone }) => run('updateCoalition', { name, community, timeZone }),
    success: 'Coalition details saved.',
    failure: 'The details were not saved',
    onSaved: (values) => form.resetDirty(values),
  });

  // Follow the file when it changes under an untouched form (undo, a restored backup); an
  // effect event, so only a change to the saved details is a reason to look.
  const follow = useEffectEvent((next: SettingsValues) => {
    if (!form.isDirty()) {
      form.setValues(next);
      form.resetDirty(next);
    }
  });
  useEffect(() => follow(saved), [saved]);

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
                <Button type="submit" loading={submitting} disabled={!form.isDirty()}>
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
            {filePath}
          </Text>
          <Group gap="sm">
            <Button variant="default" leftSection={<IconFolder size={18} />} onClick={() => void revealWorkspaceFile()}>
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

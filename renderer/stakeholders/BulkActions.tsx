import { Button, Group, Menu, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAddressBook, IconChevronDown, IconFileSpreadsheet, IconTag, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { EngagementStage } from '../../src/stakeholders/model/stakeholder';
import { act } from '../components/act';
import { useCommandForm } from '../components/form/useCommandForm';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { exportVcards } from './exports';

/**
 * What can be done to everyone ticked at once: move them to a stage, tag them, export or delete
 * them. Memoized: it stays on screen while the person types in the search box.
 */
export const BulkActions = memo(function BulkActions({
  ids,
  onClear,
  onDelete,
  onExportCsv,
}: {
  ids: string[];
  onClear: () => void;
  onDelete: () => void;
  onExportCsv: () => void;
}) {
  const { run } = useWorkspaceActions();
  const [stage, setStage] = useState<EngagementStage | null>(null);
  const count = ids.length === 1 ? '1 person' : `${ids.length.toLocaleString()} people`;
  // The tag is a one-field form: Enter adds it (not while it is blank: the button is disabled),
  // and a refusal of the tag is said under the box.
  const { form, submit, submitting } = useCommandForm({
    initialValues: { tag: '' },
    save: ({ tag }) => run('addStakeholderTag', { ids, tag }),
    // The box is the form's one field: whatever the refusal is about is said under it.
    fieldOf: () => 'tag',
    success: ({ tag }) => `Tagged ${count} “${tag.trim()}”.`,
    failure: 'The tag was not added',
    onSaved: () => form.reset(),
  });
  const tag = form.getValues().tag;

  const moveStage = async () => {
    if (!stage) return;
    const moved = await act(
      () => run('changeStakeholderStage', { ids, stage }),
      'The stage was not changed',
      ({ result: { changed } }) =>
        changed === ids.length
          ? `Moved ${count} to ${EngagementStage.labelOf(stage).toLowerCase()}.`
          : `Moved ${changed} of ${count}; the others were already there.`,
    );
    if (moved) setStage(null);
  };

  return (
    <Paper withBorder radius="md" p="sm" mb="sm" role="region" aria-label="Actions for the people selected">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Stack gap={0} style={{ alignSelf: 'center' }}>
          <Text fw={600} size="sm">
            {count} selected
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={onClear} px={0}>
            Clear selection
          </Button>
        </Stack>
        <Group gap={6} align="flex-end">
          <Select
            label="Move to stage"
            placeholder="Choose a stage"
            data={EngagementStage.choices}
            value={stage}
            onChange={(v) => setStage(v as EngagementStage | null)}
            w={190}
            size="sm"
          />
          <Button size="sm" onClick={moveStage} disabled={!stage}>
            Move
          </Button>
        </Group>
        {/* Its own form, laid out as if it were not there, so Enter adds the tag. */}
        <form onSubmit={submit} noValidate style={{ display: 'contents' }}>
          <Group gap={6} align="flex-end">
            <TextInput label="Tag" placeholder="e.g. first meeting" w={150} size="sm" {...form.getInputProps('tag')} />
            <Button
              type="submit"
              size="sm"
              variant="light"
              leftSection={<IconTag size={16} />}
              loading={submitting}
              disabled={!tag.trim()}
            >
              Add tag
            </Button>
          </Group>
        </form>
        <Menu position="bottom-start">
          <Menu.Target>
            <Button size="sm" variant="default" rightSection={<IconChevronDown size={14} />}>
              Export selected
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconAddressBook size={16} />} onClick={() => void exportVcards(ids)}>
              Contact cards (.vcf)
            </Menu.Item>
            <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={onExportCsv}>
              Spreadsheet (CSV)…
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button size="sm" variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
          Delete
        </Button>
      </Group>
    </Paper>
  );
});

/** Whatever field of the command a refusal names, it is the tag the person typed that is at fault. */

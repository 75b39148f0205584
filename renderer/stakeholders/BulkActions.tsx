import { Button, Group, Menu, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAddressBook, IconChevronDown, IconFileSpreadsheet, IconTag, IconTrash } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { EngagementStage } from '../../src/stakeholders/model/stakeholder';
import { showFailure, showSuccess } from '../components/feedback';
import { useWorkspace } from '../workspace/WorkspaceProvider';
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
  const { run } = useWorkspace();
  const [stage, setStage] = useState<EngagementStage | null>(null);
  const [tag, setTag] = useState('');
  const [tagError, setTagError] = useState<string | null>(null);
  const count = ids.length === 1 ? '1 person' : `${ids.length.toLocaleString()} people`;

  const moveStage = async () => {
    if (!stage) return;
    try {
      const reply = await run('changeStakeholderStage', { ids, stage });
      const { changed } = reply.result as { changed: number; unchanged: number };
      showSuccess(
        changed === ids.length
          ? `Moved ${count} to ${EngagementStage.labelOf(stage).toLowerCase()}.`
          : `Moved ${changed} of ${count}; the others were already there.`,
      );
      setStage(null);
    } catch (error) {
      showFailure(error, 'The stage was not changed');
    }
  };

  const addTag = async () => {
    try {
      await run('addStakeholderTag', { ids, tag });
      showSuccess(`Tagged ${count} “${tag.trim()}”.`);
      setTag('');
      setTagError(null);
    } catch (error) {
      showFailure(error, 'The tag was not added', (fields) =>
        setTagError(fields.tag ?? Object.values(fields)[0] ?? null),
      );
    }
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
        <Group gap={6} align="flex-end">
          <TextInput
            label="Tag"
            placeholder="e.g. first meeting"
            value={tag}
            error={tagError}
            onChange={(e) => setTag(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && tag.trim()) void addTag();
            }}
            w={150}
            size="sm"
          />
          <Button size="sm" variant="light" leftSection={<IconTag size={16} />} onClick={addTag} disabled={!tag.trim()}>
            Add tag
          </Button>
        </Group>
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

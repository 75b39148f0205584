import { Button, Group, Menu, Paper, Stack, Tabs, Text, ThemeIcon } from '@mantine/core';
import {
  IconChevronDown,
  IconFileSpreadsheet,
  IconFileTypeDocx,
  IconFileUpload,
  IconMap2,
  IconBuilding,
  IconUserPlus,
  IconUsers,
} from '@tabler/icons-react';
import { Suspense, useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import type { Stakeholder } from '../../src/stakeholders/model/stakeholder';
import type { CoverageRow } from '../../src/stakeholders/coverage';
import { NO_FILTER } from '../../src/stakeholders/filter';
import { PageHeader } from '../app/PageHeader';
import { useCollections } from '../workspace/WorkspaceProvider';
import { ConversationFormModal } from './ConversationFormModal';
import { CoveragePanel } from './CoveragePanel';
import { GapsPanel } from '../directory/GapsPanel';
import { DeleteStakeholdersModal } from './DeleteStakeholdersModal';
import { ExportCsvModal } from './ExportCsvModal';
import { exportRoster } from './exports';
import { StakeholderFilterProvider, useStakeholderFilter } from './filterState';
import { ImportWizard } from './ImportWizard';
import { useLookups, type Lookups } from './lookups';
import { OrganizationsTab } from './OrganizationsTab';
import { PowerGridView } from './PowerGridView';
import { StageChangeModal } from './StageChangeModal';
import { StakeholderDrawer } from './StakeholderDrawer';
import { StakeholderFormModal } from './StakeholderFormModal';
import { StakeholderList } from './StakeholderList';

type Tab = 'people' | 'map' | 'organizations';
const TAB_PATHS: Record<Tab, string> = { people: '/', map: '/map', organizations: '/organizations' };

/**
 * The coalition map: who must be at the table, who has been reached, what they said, and who is
 * still missing. People at #/stakeholders, the map at #/stakeholders/map, organizations at
 * #/stakeholders/organizations.
 */
export function StakeholdersPage() {
  const doc = useCollections('stakeholders', 'organizations');
  const lookups = useLookups();
  const [location, navigate] = useLocation();
  const tab: Tab = location.startsWith('/map')
    ? 'map'
    : location.startsWith('/organizations')
      ? 'organizations'
      : 'people';

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Stakeholder | 'new' | null>(null);
  const [talkingWith, setTalkingWith] = useState<string[] | null>(null);
  const [stageFor, setStageFor] = useState<Stakeholder | null>(null);
  const [deleting, setDeleting] = useState<string[] | null>(null);
  const [importing, setImporting] = useState(false);
  /** null: closed; undefined: the whole list; ids: the people selected. */
  const [exportingCsv, setExportingCsv] = useState<string[] | undefined | null>(null);

  const open = lookups.people.get(openId ?? '') ?? null;
  const select = useCallback((ids: string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  }, []);

  return (
    <StakeholderFilterProvider>
      <PageHeader
        title="Stakeholders"
        description="Everyone your coalition needs at the table: who has been reached, what they said, and who is still missing."
        actions={
          <>
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setEditing('new')}>
              Add person
            </Button>
            <Button variant="default" leftSection={<IconFileUpload size={18} />} onClick={() => setImporting(true)}>
              Import…
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} />}>
                  Export
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconFileTypeDocx size={16} />} onClick={() => void exportRoster()}>
                  Roster for sharing (Word)
                </Menu.Item>
                <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setExportingCsv(undefined)}>
                  List as a spreadsheet (CSV)…
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => navigate(TAB_PATHS[(value as Tab | null) ?? 'people'])}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="people" leftSection={<IconUsers size={16} />}>
            People ({doc.stakeholders.length.toLocaleString()})
          </Tabs.Tab>
          <Tabs.Tab value="map" leftSection={<IconMap2 size={16} />}>
            Coalition map
          </Tabs.Tab>
          <Tabs.Tab value="organizations" leftSection={<IconBuilding size={16} />}>
            Organizations ({doc.organizations.length.toLocaleString()})
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="people">
          {doc.stakeholders.length === 0 ? (
            <Paper withBorder radius="lg" p="xl" maw={720}>
              <Stack align="center" gap="sm" py="lg">
                <ThemeIcon size={52} radius="xl" variant="light" aria-hidden>
                  <IconUsers size={28} stroke={1.6} />
                </ThemeIcon>
                <Text ta="center" maw={500}>
                  No one is on the list yet. Start with the people you already know: someone from law enforcement, a
                  mental health provider, your local NAMI, and people with lived experience.
                </Text>
                <Group>
                  <Button leftSection={<IconUserPlus size={18} />} onClick={() => setEditing('new')}>
                    Add the first person
                  </Button>
                  <Button
                    variant="default"
                    leftSection={<IconFileUpload size={18} />}
                    onClick={() => setImporting(true)}
                  >
                    Import from a spreadsheet
                  </Button>
                </Group>
              </Stack>
            </Paper>
          ) : (
            <StakeholderList
              lookups={lookups}
              selected={selected}
              onSelect={select}
              onClearSelection={() => setSelected(new Set())}
              onOpen={setOpenId}
              onDelete={setDeleting}
              onExportCsv={setExportingCsv}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="map">
          <CoalitionMap lookups={lookups} onOpen={setOpenId} onShowPeople={() => navigate(TAB_PATHS.people)} />
        </Tabs.Panel>
        <Tabs.Panel value="organizations">
          <OrganizationsTab />
        </Tabs.Panel>
      </Tabs>

      {/* The drawer and dialogs read the whole workspace (conversations, action items, what a
          deletion would touch): on a large workspace just opened they appear once it is all read. */}
      <Suspense fallback={null}>
        <StakeholderDrawer
          person={open}
          lookups={lookups}
          onClose={() => setOpenId(null)}
          onEdit={(p) => setEditing(p)}
          onLogConversation={(p) => setTalkingWith([p.id])}
          onChangeStage={(p) => setStageFor(p)}
          onDelete={(p) => setDeleting([p.id])}
        />
        <StakeholderFormModal
          opened={editing !== null}
          onClose={() => setEditing(null)}
          person={editing && editing !== 'new' ? editing : undefined}
          onSaved={(id) => setOpenId(id)}
        />
        <ConversationFormModal
          opened={talkingWith !== null}
          onClose={() => setTalkingWith(null)}
          lookups={lookups}
          withIds={talkingWith ?? []}
        />
        <StageChangeModal
          person={stageFor ? (lookups.people.get(stageFor.id) ?? null) : null}
          onClose={() => setStageFor(null)}
        />
        <DeleteStakeholdersModal
          ids={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setSelected(new Set());
            setOpenId(null);
          }}
        />
        <ImportWizard opened={importing} onClose={() => setImporting(false)} />
        <ExportCsvModal
          opened={exportingCsv !== null}
          onClose={() => setExportingCsv(null)}
          ids={exportingCsv ?? undefined}
        />
      </Suspense>
    </StakeholderFilterProvider>
  );
}

/**
 * The map tab: coverage by sector, where each row leads to the people it counts (the list,
 * filtered to them), and the power grid.
 */
function CoalitionMap({
  lookups,
  onOpen,
  onShowPeople,
}: {
  lookups: Lookups;
  onOpen: (id: string) => void;
  onShowPeople: () => void;
}) {
  const { setFilter } = useStakeholderFilter();
  const showPeople = (row: CoverageRow) => {
    setFilter((current) => ({
      ...NO_FILTER,
      sort: current.sort,
      ...(row.key === 'lived-experience' ? { livedExperience: 'yes' as const } : { sectors: [row.key] }),
    }));
    onShowPeople();
  };
  return (
    <Stack gap="lg">
      <CoveragePanel onShowPeople={showPeople} />
      <GapsPanel compact />
      <PowerGridView lookups={lookups} onOpen={onOpen} />
    </Stack>
  );
}

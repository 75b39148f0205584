import {
  Button,
  Checkbox,
  Grid,
  Group,
  Menu,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { IconAddressBook, IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  filterServices,
  languagesOffered,
  NO_SERVICE_FILTER,
  searchIndex,
  type ServiceFilter,
} from '../../src/directory/filter';
import { ServiceKind, type Service } from '../../src/directory/model';
import { verifyAfterMonths } from '../../src/directory/settings';
import { needsChecking, servicesToVerify } from '../../src/directory/verify';
import { organizationsById } from '../../src/stakeholders/sectorOf';
import { call } from '../api/client';
import { EmptyArea } from '../app/EmptyArea';
import { PageHeader } from '../app/PageHeader';
import { act } from '../components/act';
import { ConfirmModal } from '../components/ConfirmModal';
import { SearchInput } from '../components/SearchInput';
import { useToday } from '../components/useToday';
import { useDoc, useWorkspaceActions } from '../workspace/WorkspaceProvider';
import classes from './directory.module.css';
import { GapsPanel } from './GapsPanel';
import { ImportDirectoryDialog } from './ImportDirectoryDialog';
import { SERVICE_ROW_HEIGHT, ServiceRow } from './ServiceRow';
import { ServiceFormModal } from './ServiceFormModal';

/** The community resource directory: the services partners offer, for officers and dispatchers at any hour. */
export function DirectoryPage() {
  const doc = useDoc();
  const { run } = useWorkspaceActions();
  const today = useToday();
  const [filter, setFilter] = useState<ServiceFilter>(NO_SERVICE_FILTER);
  const [editing, setEditing] = useState<Service | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Service | null>(null);
  const [importing, setImporting] = useState(false);
  const months = verifyAfterMonths(doc);
  const organizations = useMemo(() => organizationsById(doc.organizations), [doc.organizations]);
  const index = useMemo(() => searchIndex(doc.services, organizations), [doc.services, organizations]);
  const shown = useMemo(
    () =>
      filterServices(doc.services, index, filter, {
        now: new Date(),
        timeZone: doc.coalition.timeZone,
        today,
        verifyAfterMonths: months,
      }),
    [doc.services, index, filter, doc.coalition.timeZone, today, months],
  );
  const languages = useMemo(() => languagesOffered(doc.services), [doc.services]);
  const dueCount = useMemo(() => servicesToVerify(doc, today).filter((d) => d.overdue).length, [doc, today]);
  const positions = useMemo(() => new Map(doc.services.map((s, i) => [s.id, i])), [doc.services]);

  const onAct = useCallback(
    (service: Service, action: 'up' | 'down' | 'checked' | 'delete') => {
      if (action === 'delete') return setDeleting(service);
      if (action === 'checked')
        return void act(
          () => run('markServiceChecked', { id: service.id }),
          'Not marked as checked',
          `Marked “${service.name}” as checked today.`,
        );
      void act(() => run('moveService', { id: service.id, direction: action }), 'The service was not moved');
    },
    [run],
  );

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => SERVICE_ROW_HEIGHT,
    overscan: 8,
  });

  function exportFile(method: 'exportPocketCardDocx' | 'exportDirectoryDocx' | 'exportDirectoryPackage', what: string) {
    void act(
      () => call(method, {}),
      `The ${what} was not saved`,
      (saved) => (saved ? `Saved the ${what} as ${saved.fileName}.` : null),
    );
  }

  const dialogs = (
    <>
      <ServiceFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        service={editing === 'new' || editing === null ? undefined : editing}
        today={today}
      />
      <ImportDirectoryDialog opened={importing} onClose={() => setImporting(false)} />
    </>
  );

  if (!doc.organizations.length) {
    return (
      <EmptyArea
        title="Resource directory"
        icon={IconAddressBook}
        text="Add the organizations of your community under Stakeholders first. Then list here the services each offers, so officers and dispatchers know where to turn at any hour."
      />
    );
  }

  if (!doc.services.length) {
    return (
      <EmptyArea
        title="Resource directory"
        icon={IconAddressBook}
        text="No services yet. Add what each partner offers (crisis lines, mobile teams, places that receive a person in crisis, shelters), or import a county 211 directory in Open Referral format."
        dialog={dialogs}
      >
        <Group>
          <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
            Add service
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setImporting(true)}>
            Import a directory
          </Button>
        </Group>
      </EmptyArea>
    );
  }

  const items = virtualizer.getVirtualItems();
  return (
    <>
      <PageHeader
        title="Resource directory"
        description="The services partners offer, in the coalition’s own order: the prints follow it. Receiving facilities and 24-hour services go first on the pocket card."
        actions={
          <>
            <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setImporting(true)}>
              Import
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" leftSection={<IconDownload size={18} />}>
                  Print or export
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => exportFile('exportPocketCardDocx', 'pocket card')}>
                  Pocket resource card (.docx)
                </Menu.Item>
                <Menu.Item onClick={() => exportFile('exportDirectoryDocx', 'directory')}>
                  Full directory (.docx)
                </Menu.Item>
                <Menu.Item onClick={() => exportFile('exportDirectoryPackage', 'Open Referral package')}>
                  Open Referral package (.zip)
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
              Add service
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, xl: 8 }}>
          <Stack gap="sm">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <SearchInput
                label="Find a service"
                placeholder="Find by name, organization, area or language"
                value={filter.text}
                onChange={(text) => setFilter((f) => ({ ...f, text }))}
                w={340}
              />
              <Select
                aria-label="Kind of service"
                placeholder="Any kind"
                data={ServiceKind.choices}
                clearable
                value={filter.kind}
                onChange={(kind) => setFilter((f) => ({ ...f, kind: kind as ServiceFilter['kind'] }))}
                w={200}
              />
              <Select
                aria-label="Language"
                placeholder="Any language"
                data={languages}
                clearable
                value={filter.language}
                onChange={(language) => setFilter((f) => ({ ...f, language }))}
                w={160}
              />
            </Group>
            <Group gap="lg">
              <Checkbox
                label="Open now"
                checked={filter.openNow}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setFilter((f) => ({ ...f, openNow: on }));
                }}
              />
              <Checkbox
                label="Receiving facilities"
                checked={filter.receivingOnly}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setFilter((f) => ({ ...f, receivingOnly: on }));
                }}
              />
              <Checkbox
                label={`Needs checking (${dueCount})`}
                aria-label="Needs checking"
                checked={filter.needsChecking}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setFilter((f) => ({ ...f, needsChecking: on }));
                }}
              />
              <Text size="sm" c="dimmed" data-testid="service-count">
                {shown.length === doc.services.length
                  ? `${shown.length} services`
                  : `${shown.length} of ${doc.services.length} services`}
              </Text>
            </Group>
            <div ref={scroller} className={classes.scroller}>
              {shown.length ? (
                <div
                  role="list"
                  aria-label="Services"
                  style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
                >
                  {items.map((slot) => {
                    const service = shown[slot.index]!;
                    const position = positions.get(service.id) ?? 0;
                    return (
                      <div
                        key={service.id}
                        style={{
                          position: 'absolute',
                          top: 0,
                          left: 0,
                          width: '100%',
                          transform: `translateY(${slot.start}px)`,
                        }}
                      >
                        <ServiceRow
                          service={service}
                          organizationName={organizations.get(service.organizationId)?.name ?? 'Organization not found'}
                          due={needsChecking(service, months, today)}
                          first={position === 0}
                          last={position === doc.services.length - 1}
                          onEdit={setEditing}
                          onAct={onAct}
                        />
                      </div>
                    );
                  })}
                </div>
              ) : (
                <Text size="sm" c="dimmed" p="md">
                  No service matches. Clear the search or a filter to see more.
                </Text>
              )}
            </div>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: 4 }}>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 1 }} spacing="lg">
            <GapsPanel />
            <Paper
              withBorder
              radius="lg"
              p="lg"
              component="section"
              aria-label="Checking entries"
              style={{ alignSelf: 'start' }}
            >
              <Stack gap="xs">
                <Text fw={600}>Checking entries</Text>
                <Text size="sm" c="dimmed">
                  Call each provider now and then to confirm the entry. Those not checked for this long are marked
                  “Needs checking”.
                </Text>
                <NumberInput
                  label="Check again after (months)"
                  min={1}
                  max={36}
                  allowDecimal={false}
                  value={months}
                  w={220}
                  onChange={(value) => {
                    if (typeof value === 'number' && value >= 1 && value <= 36 && value !== months)
                      void act(() => run('setVerifyAfterMonths', { months: value }), 'The setting was not saved');
                  }}
                />
              </Stack>
            </Paper>
          </SimpleGrid>
        </Grid.Col>
      </Grid>
      {dialogs}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete this service?"
        message={
          deleting ? `“${deleting.name}” will be taken out of the directory and its prints. Undo brings it back.` : ''
        }
        confirmLabel="Delete service"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          const service = deleting;
          if (!service) return;
          const done = await act(
            () => run('deleteService', { id: service.id }),
            'The service was not deleted',
            `Deleted “${service.name}”.`,
          );
          if (done) setDeleting(null);
        }}
      />
    </>
  );
}

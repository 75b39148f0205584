import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Modal,
  Radio,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Stepper,
  Table,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { shortSectorLabel } from '../../src/stakeholders/coverage';
import type { CsvPreview, PreviewRow } from '../../src/stakeholders/csvImport';
import { describeDuplicate } from '../../src/stakeholders/duplicates';
import {
  IMPORT_FIELD_LABELS,
  MAX_CSV_BYTES,
  type DuplicateChoice,
  type ImportField,
} from '../../src/stakeholders/importRow';
import { ApiError, call } from '../api/client';
import { showFailure, showSuccess } from '../components/feedback';
import { useWorkspace } from '../workspace/WorkspaceProvider';

const FIELD_CHOICES = (Object.keys(IMPORT_FIELD_LABELS) as ImportField[]).map((value) => ({
  value,
  label: IMPORT_FIELD_LABELS[value],
}));

/**
 * Bringing people in from a spreadsheet: choose the file, check which column is which, see every
 * row that cannot be imported and every person already on the list, then import in one step
 * (one Undo takes it all back). Nothing is saved before the last button.
 */
export function ImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { run } = useWorkspace();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');

  const reset = () => {
    setStep(0);
    setFile(null);
    setText(null);
    setFileError(null);
    setPreview(null);
    setDuplicates('skip');
  };
  const close = () => {
    reset();
    onClose();
  };

  const read = async (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    setPreview(null);
    if (!chosen) return;
    // Checked before reading a byte: a huge file would freeze the screen while it loads.
    if (chosen.size > MAX_CSV_BYTES) {
      setFileError(
        `This file is ${(chosen.size / 1024 / 1024).toFixed(1)} MB; at most 10 MB can be imported. Split it into smaller files.`,
      );
      return;
    }
    setBusy(true);
    try {
      const content = await chosen.text();
      setText(content);
      setPreview(await call('parseStakeholderCsv', { text: content }));
      setStep(1);
    } catch (error) {
      setFileError(error instanceof ApiError ? (error.fields.file ?? error.message) : (error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const remap = async (column: number, field: ImportField) => {
    if (!preview || text === null) return;
    const mapping = preview.mapping.map((f, i) => (i === column ? field : f));
    setBusy(true);
    try {
      setPreview(await call('parseStakeholderCsv', { text, mapping }));
    } catch (error) {
      showFailure(error, 'The file could not be read again');
    } finally {
      setBusy(false);
    }
  };

  const ready = useMemo(() => preview?.rows.filter((r) => Object.keys(r.errors).length === 0) ?? [], [preview]);

  const importNow = async () => {
    if (!ready.length) return;
    setBusy(true);
    try {
      const reply = await run('importStakeholders', { rows: ready.map((r) => r.values), duplicates });
      const r = reply.result as { added: number; merged: number; skipped: number; organizationsCreated: number };
      const parts = [`Added ${r.added} ${r.added === 1 ? 'person' : 'people'}`];
      if (r.merged) parts.push(`merged ${r.merged} into people already listed`);
      if (r.skipped) parts.push(`skipped ${r.skipped} already listed`);
      if (r.organizationsCreated)
        parts.push(
          `added ${r.organizationsCreated} ${r.organizationsCreated === 1 ? 'organization' : 'organizations'}`,
        );
      showSuccess(`${parts.join(', ')}. Edit › Undo takes the whole import back.`);
      close();
    } catch (error) {
      showFailure(error, 'Nothing was imported');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title="Import people from a spreadsheet" size="80rem">
      <Stepper
        active={step}
        onStepClick={(s) => (preview && s <= 2 ? setStep(s) : undefined)}
        size="sm"
        mb="lg"
        allowNextStepsSelect={false}
      >
        <Stepper.Step label="Choose the file" description="CSV from Excel, Sheets, Numbers" />
        <Stepper.Step label="Match the columns" description="Which column is which" />
        <Stepper.Step label="Check and import" description="Problems and duplicates" />
      </Stepper>

      {step === 0 ? (
        <Stack gap="md">
          <Text size="sm">
            In your spreadsheet, choose File › Save As (or Download) › CSV. Any column names work: you will match them
            in the next step. Semicolon files from European spreadsheets are fine.
          </Text>
          <FileInput
            label="Spreadsheet (.csv)"
            placeholder="Choose a file"
            accept=".csv,.txt,text/csv,text/plain"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            value={file}
            onChange={(f) => void read(f)}
            error={fileError}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear file' }}
            w={420}
            disabled={busy}
          />
          {busy ? (
            <Text size="sm" c="dimmed">
              Reading the file…
            </Text>
          ) : null}
        </Stack>
      ) : null}

      {step === 1 && preview ? (
        <Stack gap="md">
          <Text size="sm">
            {preview.totals.rows.toLocaleString()} rows in {file?.name}. We guessed what each column holds; change any
            that are wrong, or choose “Do not import”.
          </Text>
          <ScrollArea.Autosize mah="55vh">
            <Table striped highlightOnHover withTableBorder aria-label="Columns of the file">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Column in the file</Table.Th>
                  <Table.Th>First rows</Table.Th>
                  <Table.Th w={230}>Import as</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.headers.map((header, column) => (
                  <Table.Tr key={`${header}-${column}`}>
                    <Table.Td fw={600}>{header}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {preview.sample
                          .map((r) => r[column] ?? '')
                          .filter((v) => v.trim())
                          .slice(0, 3)
                          .join(' · ') || '(empty)'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={`Import “${header}” as`}
                        data={FIELD_CHOICES}
                        value={preview.mapping[column] ?? 'ignore'}
                        onChange={(v) => v && void remap(column, v as ImportField)}
                        allowDeselect={false}
                        disabled={busy}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {preview.problems.length ? (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Before going on">
              <Stack gap={4}>
                {preview.problems.map((p) => (
                  <Text key={p} size="sm">
                    {p}
                  </Text>
                ))}
              </Stack>
            </Alert>
          ) : null}
          <Group justify="space-between">
            <Button variant="default" onClick={reset}>
              Choose another file
            </Button>
            <Button onClick={() => setStep(2)} disabled={preview.problems.length > 0 || busy}>
              Next: check the rows
            </Button>
          </Group>
        </Stack>
      ) : null}

      {step === 2 && preview ? (
        <Review
          preview={preview}
          ready={ready.length}
          duplicates={duplicates}
          onDuplicates={setDuplicates}
          onBack={() => setStep(1)}
          onImport={importNow}
          busy={busy}
        />
      ) : null}
    </Modal>
  );
}

type Show = 'problems' | 'duplicates' | 'all';

function Review({
  preview,
  ready,
  duplicates,
  onDuplicates,
  onBack,
  onImport,
  busy,
}: {
  preview: CsvPreview;
  ready: number;
  duplicates: DuplicateChoice;
  onDuplicates: (choice: DuplicateChoice) => void;
  onBack: () => void;
  onImport: () => void;
  busy: boolean;
}) {
  const { totals } = preview;
  const [show, setShow] = useState<Show>(totals.withErrors ? 'problems' : totals.duplicates ? 'duplicates' : 'all');
  const rows = useMemo(
    () =>
      preview.rows.filter((r) =>
        show === 'problems' ? Object.keys(r.errors).length > 0 : show === 'duplicates' ? r.duplicate !== null : true,
      ),
    [preview, show],
  );
  const newPeople = ready - totals.duplicates;
  return (
    <Stack gap="md">
      <Group gap="lg">
        <Stat label={newPeople === 1 ? 'new person' : 'new people'} value={newPeople} color="teal" />
        <Stat label="already on the list" value={totals.duplicates} color="yellow" />
        <Stat
          label={totals.withErrors === 1 ? 'row cannot be imported as it is' : 'rows cannot be imported as they are'}
          value={totals.withErrors}
          color="red"
        />
      </Group>
      {totals.withErrors ? (
        <Text size="sm">
          Rows with a problem are left out. To bring them in, correct them in your spreadsheet and import that file
          again (people already imported are then found as duplicates).
        </Text>
      ) : null}
      {totals.duplicates ? (
        <Radio.Group
          label="People who are already on the list"
          value={duplicates}
          onChange={(v) => onDuplicates(v as DuplicateChoice)}
        >
          <Group gap="xl" mt={6}>
            <Radio value="skip" label="Skip them" description="Leave the people on the list as they are." />
            <Radio
              value="merge"
              label="Merge them"
              description="Fill in blank fields and add tags; nothing already written is replaced."
            />
          </Group>
        </Radio.Group>
      ) : null}
      <SegmentedControl
        aria-label="Rows to show"
        value={show}
        onChange={(v) => setShow(v as Show)}
        data={[
          { value: 'problems', label: `Problems (${totals.withErrors})` },
          { value: 'duplicates', label: `Already listed (${totals.duplicates})` },
          { value: 'all', label: `All rows (${totals.rows})` },
        ]}
        w="fit-content"
      />
      <PreviewTable rows={rows} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back to the columns
        </Button>
        <Button onClick={onImport} loading={busy} disabled={ready === 0}>
          {ready === 0
            ? 'Nothing to import'
            : duplicates === 'skip'
              ? `Import ${newPeople.toLocaleString()} ${newPeople === 1 ? 'person' : 'people'}`
              : `Import ${ready.toLocaleString()} ${ready === 1 ? 'row' : 'rows'}`}
        </Button>
      </Group>
    </Stack>
  );
}

function Stat({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Group gap={6}>
      <Badge color={color} variant="light" size="lg" radius="sm">
        {value.toLocaleString()}
      </Badge>
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/** The rows, virtualized: a 10,000-row file scrolls like a short one. */
function PreviewTable({ rows }: { rows: PreviewRow[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        Nothing to show here.
      </Text>
    );
  }
  return (
    <div
      ref={scroller}
      style={{
        maxHeight: '42vh',
        overflow: 'auto',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 8,
      }}
    >
      <Table aria-label="Rows of the file" aria-rowcount={rows.length + 1} stickyHeader layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>Row</Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Organization</Table.Th>
            <Table.Th w={150}>Sector</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th w={140}>Phone</Table.Th>
            <Table.Th w="25%">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 ? (
            <tr aria-hidden style={{ height: before }}>
              <td colSpan={7} />
            </tr>
          ) : null}
          {items.map((item) => {
            const r = rows[item.index]!;
            const problems = Object.entries(r.errors);
            return (
              <Table.Tr key={r.row} aria-rowindex={item.index + 2} style={{ height: 56 }}>
                <Table.Td>{r.row}</Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {r.values.name || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {r.values.organization || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {shortSectorLabel(r.values.sector)}
                    {r.sectorGuessed ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        (guessed)
                      </Text>
                    ) : null}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate>
                    {r.values.email || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>{r.values.phone || '—'}</Table.Td>
                <Table.Td>
                  {problems.length ? (
                    <Text size="xs" c="red.8" lineClamp={2}>
                      {problems.map(([, message]) => message).join(' ')}
                    </Text>
                  ) : r.duplicate ? (
                    <Text size="xs" lineClamp={2}>
                      {describeDuplicate(r.duplicate)}
                    </Text>
                  ) : (
                    <Text size="xs" c="teal.9">
                      Ready
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
          {after > 0 ? (
            <tr aria-hidden style={{ height: after }}>
              <td colSpan={7} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}

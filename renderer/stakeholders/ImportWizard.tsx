import { FileInput, Modal, Stack, Stepper, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { CsvPreview } from '../../src/stakeholders/csvImport';
import type { TextEncodingName } from '../../src/stakeholders/import/encoding';
import { MAX_CSV_BYTES, type DuplicateChoice, type ImportField } from '../../src/stakeholders/importRow';
import { ApiError, call } from '../api/client';
import { act } from '../components/act';
import { useWorkspaceActions } from '../workspace/WorkspaceProvider';
import { ImportColumns } from './ImportColumns';
import { ImportReview } from './ImportReview';
import { fileAsBase64 } from './importFile';

interface Choices {
  encoding?: TextEncodingName;
  sheet?: string;
  mapping?: ImportField[];
}

/**
 * Bringing people in from a spreadsheet (CSV in any encoding, .xlsx, .ods) or contact cards:
 * choose the file, check how it was read and which column is which, see every row that cannot
 * be imported and every person already on the list, then import in one step (one Undo takes it
 * all back). The file is read in the main process; nothing is saved before the last button.
 */
export function ImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { run } = useWorkspaceActions();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [base64, setBase64] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('skip');
  const [asOrganizations, setAsOrganizations] = useState(true);

  const reset = () => {
    setStep(0);
    setFile(null);
    setBase64(null);
    setFileError(null);
    setPreview(null);
    setDuplicates('skip');
    setAsOrganizations(true);
  };
  const close = () => {
    reset();
    onClose();
  };

  const parse = (name: string, content: string, choices: Choices) =>
    call('parseStakeholderCsv', { file: { name, base64: content }, ...choices });

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
      const content = await fileAsBase64(chosen);
      setBase64(content);
      setPreview(await parse(chosen.name, content, {}));
      setStep(1);
    } catch (error) {
      setFileError(error instanceof ApiError ? (error.fields.file ?? error.message) : (error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  /** Reads the file again with a changed choice, keeping the others. */
  const reread = async (change: Choices) => {
    if (!preview || base64 === null || !file) return;
    const { source } = preview;
    const current: Choices = {
      ...(source.encoding ? { encoding: source.encoding } : {}),
      ...(source.sheet ? { sheet: source.sheet } : {}),
      // Another sheet has other columns: its mapping is guessed afresh.
      ...(change.sheet ? {} : { mapping: preview.mapping }),
    };
    setBusy(true);
    await act(
      async () => setPreview(await parse(file.name, base64, { ...current, ...change })),
      'The file could not be read again',
    );
    setBusy(false);
  };

  const remap = (column: number, field: ImportField) =>
    preview && void reread({ mapping: preview.mapping.map((f, i) => (i === column ? field : f)) });

  const ready = useMemo(() => preview?.rows.filter((r) => Object.keys(r.errors).length === 0) ?? [], [preview]);

  const importNow = async () => {
    const organizations = asOrganizations
      ? (preview?.rows.flatMap((r) => (r.asOrganization ? [r.asOrganization] : [])) ?? [])
      : [];
    if (!ready.length && !organizations.length) return;
    setBusy(true);
    const imported = await act(
      () => run('importStakeholders', { rows: ready.map((r) => r.values), organizations, duplicates }),
      'Nothing was imported',
      ({ result: r }) => {
        const parts = [`Added ${r.added} ${r.added === 1 ? 'person' : 'people'}`];
        if (r.merged) parts.push(`merged ${r.merged} into people already listed`);
        if (r.skipped) parts.push(`skipped ${r.skipped} already listed`);
        if (r.organizationsCreated)
          parts.push(
            `added ${r.organizationsCreated} ${r.organizationsCreated === 1 ? 'organization' : 'organizations'}`,
          );
        return `${parts.join(', ')}. Edit › Undo takes the whole import back.`;
      },
    );
    setBusy(false);
    if (imported) close();
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
        <Stepper.Step label="Choose the file" description="Excel, LibreOffice, CSV, contacts" />
        <Stepper.Step label="Match the columns" description="Which column is which" />
        <Stepper.Step label="Check and import" description="Problems and duplicates" />
      </Stepper>

      {step === 0 ? (
        <Stack gap="md">
          <Text size="sm">
            Choose the spreadsheet as it is (.xlsx, .ods or .csv, in any encoding), a contacts export from Outlook or
            Google Contacts, or contact cards (.vcf). Any column names work: you will match them in the next step.
          </Text>
          <FileInput
            label="Spreadsheet or contacts file"
            placeholder="Choose a file"
            accept=".csv,.txt,.xlsx,.xlsm,.ods,.vcf,.vcard,text/csv,text/plain,text/vcard"
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
        <ImportColumns
          preview={preview}
          fileName={file?.name ?? ''}
          busy={busy}
          onRemap={remap}
          onEncoding={(encoding) => void reread({ encoding })}
          onSheet={(sheet) => void reread({ sheet })}
          onReset={reset}
          onNext={() => setStep(2)}
        />
      ) : null}

      {step === 2 && preview ? (
        <ImportReview
          preview={preview}
          ready={ready.length}
          duplicates={duplicates}
          onDuplicates={setDuplicates}
          asOrganizations={asOrganizations}
          onAsOrganizations={setAsOrganizations}
          onBack={() => setStep(1)}
          onImport={importNow}
          busy={busy}
        />
      ) : null}
    </Modal>
  );
}

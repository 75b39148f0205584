import { Alert, Badge, Button, Checkbox, Group, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { CsvPreview } from '../../src/stakeholders/csvImport';
import type { DuplicateChoice } from '../../src/stakeholders/importRow';
import { PreviewTable } from './ImportPreviewTable';

type Show = 'problems' | 'duplicates' | 'all';

/**
 * The last step: what will be added, what is already there, what cannot be imported; the
 * choices for duplicates and for agencies named without a person; and, when some letters could
 * not be read, a plain warning the person must acknowledge before importing them as they are.
 */
export function ImportReview({
  preview,
  ready,
  duplicates,
  onDuplicates,
  asOrganizations,
  onAsOrganizations,
  onBack,
  onImport,
  busy,
}: {
  preview: CsvPreview;
  ready: number;
  duplicates: DuplicateChoice;
  onDuplicates: (choice: DuplicateChoice) => void;
  asOrganizations: boolean;
  onAsOrganizations: (add: boolean) => void;
  onBack: () => void;
  onImport: () => void;
  busy: boolean;
}) {
  const { totals, organizationRows } = preview;
  const unreadable = preview.rows.filter((r) => r.unreadable).length;
  const [acceptUnreadable, setAcceptUnreadable] = useState(false);
  const organizations = asOrganizations ? organizationRows : 0;
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
      {organizationRows ? (
        <Radio.Group
          label={
            organizationRows === 1
              ? 'A row names an agency and its contact details but no person'
              : `${organizationRows} rows name an agency and its contact details but no person`
          }
          value={asOrganizations ? 'organization' : 'leave'}
          onChange={(v) => onAsOrganizations(v === 'organization')}
        >
          <Group gap="xl" mt={6}>
            <Radio
              value="organization"
              label="Add as organizations"
              description="The agency is added (or found) with its email and phone in its notes."
            />
            <Radio value="leave" label="Leave them out" description="Nothing from these rows is imported." />
          </Group>
        </Radio.Group>
      ) : null}
      {unreadable ? (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Some letters could not be read">
          <Stack gap={6}>
            <Text size="sm">
              {unreadable === 1 ? '1 row has' : `${unreadable} rows have`} letters shown as �: the file was probably
              saved in another encoding. Go back to the columns and choose the file’s encoding, or import them as they
              are and correct the names later.
            </Text>
            <Checkbox
              label="Import these rows with the unreadable letters"
              checked={acceptUnreadable}
              onChange={(e) => setAcceptUnreadable(e.currentTarget.checked)}
            />
          </Stack>
        </Alert>
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
      <PreviewTable rows={rows} asOrganizations={asOrganizations} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back to the columns
        </Button>
        <Button
          onClick={onImport}
          loading={busy}
          disabled={ready + organizations === 0 || (unreadable > 0 && !acceptUnreadable)}
        >
          {importLabel(ready, newPeople, duplicates, organizations)}
        </Button>
      </Group>
    </Stack>
  );
}

function importLabel(ready: number, newPeople: number, duplicates: DuplicateChoice, organizations: number): string {
  if (ready + organizations === 0) return 'Nothing to import';
  const people =
    ready === 0
      ? ''
      : duplicates === 'skip'
        ? `${newPeople.toLocaleString()} ${newPeople === 1 ? 'person' : 'people'}`
        : `${ready.toLocaleString()} ${ready === 1 ? 'row' : 'rows'}`;
  const agencies = organizations ? `${organizations} ${organizations === 1 ? 'organization' : 'organizations'}` : '';
  return `Import ${[people, agencies].filter(Boolean).join(' and ')}`;
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

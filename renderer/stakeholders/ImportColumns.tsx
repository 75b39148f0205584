import { Alert, Badge, Button, Group, ScrollArea, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { CsvPreview } from '../../src/stakeholders/csvImport';
import { TextEncodingName } from '../../src/stakeholders/import/encoding';
import { IMPORT_FIELD_LABELS, type ImportField } from '../../src/stakeholders/importRow';

const FIELD_CHOICES = (Object.keys(IMPORT_FIELD_LABELS) as ImportField[]).map((value) => ({
  value,
  label: IMPORT_FIELD_LABELS[value],
}));

const FORMAT_LABELS = { csv: 'CSV', xlsx: 'Excel workbook', ods: 'OpenDocument spreadsheet', vcf: 'Contact cards' };

/**
 * The second step: how the file was read (its encoding or its sheet, both changeable, and what
 * kind of export it was recognised as) and which column is which.
 */
export function ImportColumns({
  preview,
  fileName,
  busy,
  onRemap,
  onEncoding,
  onSheet,
  onReset,
  onNext,
}: {
  preview: CsvPreview;
  fileName: string;
  busy: boolean;
  onRemap: (column: number, field: ImportField) => void;
  onEncoding: (encoding: TextEncodingName) => void;
  onSheet: (sheet: string) => void;
  onReset: () => void;
  onNext: () => void;
}) {
  const { source } = preview;
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        {source.encoding ? (
          <Select
            label="Characters"
            description={
              source.detectedEncoding === source.encoding
                ? 'Read from the file'
                : 'Chosen instead of what the file suggests'
            }
            data={TextEncodingName.choices}
            value={source.encoding}
            onChange={(v) => v && onEncoding(v as TextEncodingName)}
            allowDeselect={false}
            disabled={busy}
            w={320}
          />
        ) : null}
        {source.sheets.length > 1 ? (
          <Select
            label="Sheet"
            description={`${source.sheets.length} sheets in this workbook`}
            data={source.sheets}
            value={source.sheet}
            onChange={(v) => v && onSheet(v)}
            allowDeselect={false}
            disabled={busy}
            w={260}
          />
        ) : null}
        <Badge variant="light" size="lg" radius="sm" data-testid="import-format">
          {source.recognised ?? FORMAT_LABELS[source.format]}
        </Badge>
      </Group>
      {source.unreadable ? (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Some letters could not be read">
          <Text size="sm">
            {source.unreadable === 1 ? '1 character shows' : `${source.unreadable.toLocaleString()} characters show`} as
            � in this encoding. Choose another under “Characters” until the names read correctly.
          </Text>
        </Alert>
      ) : null}
      <Text size="sm">
        {preview.totals.rows.toLocaleString()} rows in {fileName}
        {source.sheet ? `, sheet “${source.sheet}”` : ''}.{' '}
        {source.recognised
          ? `The columns are matched as for a ${source.recognised.toLowerCase()}; change any you want.`
          : 'We guessed what each column holds; change any that are wrong, or choose “Do not import”.'}
      </Text>
      <ScrollArea.Autosize mah="50vh">
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
                    onChange={(v) => v && onRemap(column, v as ImportField)}
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
        <Button variant="default" onClick={onReset}>
          Choose another file
        </Button>
        <Button onClick={onNext} disabled={preview.problems.length > 0 || busy}>
          Next: check the rows
        </Button>
      </Group>
    </Stack>
  );
}

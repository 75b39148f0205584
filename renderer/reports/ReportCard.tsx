import { Badge, Button, Checkbox, Group, MultiSelect, Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { call } from '../api/client';
import { DayInput } from '../components/DayInput';
import { runExport } from '../stages/exportReport';
import tone from '../stages/tone.module.css';
import { buildInput, DEFAULT_VALUES, type OptionValues, type ReportEntry, type ReportOption } from './catalog';

/** One export: what it is for, the options it takes, and the button that saves it. */
export function ReportCard({ entry, doc }: { entry: ReportEntry; doc: WorkspaceDocument }) {
  const [values, setValues] = useState<OptionValues>(DEFAULT_VALUES);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `report-${entry.method}`;
  const set = (patch: Partial<OptionValues>) => {
    setProblem(null);
    setValues((v) => ({ ...v, ...patch }));
  };

  async function save() {
    const built = buildInput(entry, values);
    if ('missing' in built) {
      setProblem(built.missing);
      return;
    }
    setSaving(true);
    await runExport(() => call(entry.method, built.input), entry.title);
    setSaving(false);
  }

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={id} data-report={entry.method}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} id={id}>
            {entry.title}
          </Title>
          <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
            {entry.format}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {entry.description}
        </Text>
        {entry.options.map((option, index) => (
          <OptionControl key={index} option={option} values={values} set={set} doc={doc} reportTitle={entry.title} />
        ))}
        {problem ? (
          <Text size="sm" className={tone.warning} role="alert">
            {problem}
          </Text>
        ) : null}
        {/* The button sits at the foot of the card, so buttons line up across a row of cards. */}
        <Group justify="flex-end" mt="auto">
          <Button leftSection={<IconDownload size={16} />} onClick={save} loading={saving} aria-label={`Save ${entry.title}`}>
            Save…
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function OptionControl({
  option,
  values,
  set,
  doc,
  reportTitle,
}: {
  option: ReportOption;
  values: OptionValues;
  set(patch: Partial<OptionValues>): void;
  doc: WorkspaceDocument;
  reportTitle: string;
}) {
  const people = useMemo(
    () => (option.kind === 'people' ? [...doc.stakeholders].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ value: s.id, label: s.name })) : []),
    [option.kind, doc.stakeholders],
  );
  switch (option.kind) {
    case 'privacy':
      return (
        <Radio.Group
          label="Who is it for?"
          value={values.shareSafe ? 'shared' : 'coalition'}
          onChange={(v) => set({ shareSafe: v === 'shared' })}
          aria-label={`${reportTitle}: who is it for?`}
        >
          <Stack gap={6} mt={6}>
            <Radio value="shared" label="Anyone: people appear only as they agreed" />
            <Radio value="coalition" label="The coalition only: names everyone (do not forward)" />
          </Stack>
        </Radio.Group>
      );
    case 'dateRange':
      return (
        <Stack gap={4}>
          <Group grow align="flex-start">
            <DayInput label="From" clearable value={values.from} onChange={(v) => set({ from: (v as string | null) ?? null })} aria-label={`${reportTitle}: from`} />
            <DayInput label="To" clearable value={values.to} onChange={(v) => set({ to: (v as string | null) ?? null })} aria-label={`${reportTitle}: to`} />
          </Group>
          <Text size="xs" c="dimmed">
            {option.description}
          </Text>
        </Stack>
      );
    case 'flag':
      return (
        <Checkbox
          label={option.label}
          description={option.description}
          checked={values.flags[option.key] ?? false}
          onChange={(e) => set({ flags: { ...values.flags, [option.key]: e.currentTarget.checked } })}
        />
      );
    case 'record': {
      const choices = option.choices(doc);
      if (choices.length === 0) {
        return (
          <Text size="sm" c="dimmed">
            {option.emptyText}
          </Text>
        );
      }
      return (
        <Select
          label={option.label}
          placeholder={`Choose a ${option.label.toLowerCase()}`}
          data={choices}
          searchable
          value={values.records[option.key] ?? null}
          onChange={(v) => set({ records: { ...values.records, [option.key]: v } })}
          aria-label={`${reportTitle}: ${option.label}`}
        />
      );
    }
    case 'people':
      return (
        <MultiSelect
          label={option.label}
          placeholder={option.required ? 'Choose people' : 'Everyone (or choose people)'}
          data={people}
          searchable
          clearable
          limit={50}
          value={values.people}
          onChange={(v) => set({ people: v })}
          aria-label={`${reportTitle}: ${option.label}`}
        />
      );
  }
}

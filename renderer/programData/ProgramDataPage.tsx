import { Button, Group, Menu, Select, Stack, Title } from '@mantine/core';
import { IconChartBar, IconDownload, IconFileImport, IconSettings } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { keptMeasures } from '../../src/programData/measures';
import { nextQuarter, quarterInWords, quarterOfDay } from '../../src/programData/quarters';
import { call } from '../api/client';
import { EmptyArea } from '../app/EmptyArea';
import { PageHeader } from '../app/PageHeader';
import { act } from '../components/act';
import { useToday } from '../components/useToday';
import { useDoc } from '../workspace/WorkspaceProvider';
import { reportingAgencies } from './agencies';
import { ImportDialog } from './ImportDialog';
import { MeasuresDialog } from './MeasuresDialog';
import { ProgramCharts } from './ProgramCharts';
import { QuarterGrid } from './QuarterGrid';

/** The quarters offered: the last three years up to this one, and any quarter already entered. */
function quarterChoices(today: string, entered: readonly string[]): string[] {
  const current = quarterOfDay(today);
  const year = Number(current.slice(0, 4));
  const quarters = new Set(entered);
  for (let q = `${year - 3}-Q1`; q <= current; q = nextQuarter(q)) quarters.add(q);
  return [...quarters].sort().reverse();
}

/** Program data: each agency's numbers per quarter, entered like a spreadsheet, and their charts. */
export function ProgramDataPage() {
  const doc = useDoc();
  const today = useToday();
  const [quarter, setQuarter] = useState(() => quarterOfDay(today));
  const [importing, setImporting] = useState(false);
  const [editingMeasures, setEditingMeasures] = useState(false);
  const agencies = useMemo(() => reportingAgencies(doc), [doc]);
  const measures = useMemo(() => keptMeasures(doc.programMeasures), [doc.programMeasures]);
  const quarters = useMemo(
    () =>
      quarterChoices(
        today,
        doc.programQuarters.map((e) => e.quarter),
      ),
    [today, doc.programQuarters],
  );

  if (!doc.organizations.length) {
    return (
      <EmptyArea
        title="Program data"
        icon={IconChartBar}
        text="Add the agencies of your program under Stakeholders first. Then each quarter, enter the numbers they report here: calls, outcomes, use of force and injuries, in totals only."
      />
    );
  }

  function exportReport(shareSafe: boolean) {
    void act(
      () => call('exportProgramDataReportDocx', { shareSafe }),
      'The report was not saved',
      (saved) => (saved ? `Saved the report as ${saved.fileName}.` : null),
    );
  }

  return (
    <>
      <PageHeader
        title="Program data"
        description="Each agency’s numbers for a quarter, in totals only: never details of a person. Type them in or paste a row from a spreadsheet; Enter moves down, Tab moves right."
        actions={
          <>
            <Button variant="default" leftSection={<IconSettings size={18} />} onClick={() => setEditingMeasures(true)}>
              Measures
            </Button>
            <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setImporting(true)}>
              Import
            </Button>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button leftSection={<IconDownload size={18} />}>Program data report</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item onClick={() => exportReport(true)}>Share-safe version (small numbers hidden)</Menu.Item>
                <Menu.Item onClick={() => exportReport(false)}>Steering committee copy (every number)</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />
      <Stack gap="xl">
        <Stack gap="sm">
          <Group>
            <Select
              label="Quarter"
              data={quarters.map((q) => ({ value: q, label: `${q} (${quarterInWords(q)})` }))}
              value={quarter}
              onChange={(value) => value && setQuarter(value)}
              allowDeselect={false}
              w={300}
            />
          </Group>
          <QuarterGrid key={quarter} quarter={quarter} agencies={agencies} measures={measures} />
        </Stack>
        <Stack gap="sm">
          <Title order={2}>Over the quarters</Title>
          <ProgramCharts />
        </Stack>
      </Stack>
      <ImportDialog opened={importing} onClose={() => setImporting(false)} />
      <MeasuresDialog opened={editingMeasures} onClose={() => setEditingMeasures(false)} />
    </>
  );
}

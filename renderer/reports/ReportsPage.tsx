import { SimpleGrid, Stack, Title } from '@mantine/core';
import { PageHeader } from '../app/PageHeader';
import { useDoc } from '../workspace/WorkspaceProvider';
import { REPORT_CATALOG, REPORT_GROUPS } from './catalog';
import { ReportCard } from './ReportCard';

/** Every document and file the app can save, in one place, grouped by what it is about. */
export function ReportsPage() {
  const doc = useDoc();
  return (
    <>
      <PageHeader
        title="Reports"
        description="Every document the app can save for you. Choose the options, then Save: you will be asked where to put the file."
      />
      <Stack gap="xl" maw={1100}>
        {REPORT_GROUPS.map((group) => {
          const entries = REPORT_CATALOG.filter((e) => e.group === group);
          if (entries.length === 0) return null;
          const id = `reports-${group.toLowerCase().replace(/\W+/g, '-')}`;
          return (
            <Stack key={group} gap="md" component="section" aria-labelledby={id}>
              <Title order={2} id={id}>
                {group}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                {entries.map((entry) => (
                  <ReportCard key={entry.method} entry={entry} doc={doc} />
                ))}
              </SimpleGrid>
            </Stack>
          );
        })}
      </Stack>
    </>
  );
}

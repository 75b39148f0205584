import { SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { coalitionOverview } from '../../src/stages/overview';
import { PageHeader } from '../app/PageHeader';
import { useCoalitionToday } from '../stages/useStageProgress';
import { useDoc } from '../workspace/WorkspaceProvider';
import { CoverageCard } from './CoverageCard';
import { NextMeetingCard } from './NextMeetingCard';
import { NextStepsCard } from './NextStepsCard';
import { OverdueCard } from './OverdueCard';
import { StageCard } from './StageCard';
import { ThisWeekCard } from './ThisWeekCard';

/** The coalition at a glance: where it stands, what to do next, who is missing, what is late, what falls due this week, when it meets. */
export function DashboardPage() {
  const doc = useDoc();
  const today = useCoalitionToday();
  const overview = useMemo(() => coalitionOverview(doc, { today, audience: 'coalition' }), [doc, today]);

  return (
    <>
      <PageHeader title="Dashboard" description={`Where ${doc.coalition.name} stands today.`} />
      <Stack gap="lg" maw={1100}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <StageCard progress={overview.progress} />
          <NextStepsCard steps={overview.nextSteps} />
        </SimpleGrid>
        <ThisWeekCard items={overview.thisWeek} today={today} />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
          <CoverageCard rows={overview.coverage} summary={overview.coverageSummary} />
          <OverdueCard items={overview.overdue} today={today} />
          <NextMeetingCard meeting={overview.nextMeeting} timeZone={doc.coalition.timeZone} />
        </SimpleGrid>
      </Stack>
    </>
  );
}

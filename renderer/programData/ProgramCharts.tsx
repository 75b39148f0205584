import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useMemo } from 'react';
import { quarterChartSvg, svgDataUrl } from '../../src/programData/charts/quarterChart';
import { programDataView, reportQuarters } from '../../src/programData/reportView';
import { useDoc } from '../workspace/WorkspaceProvider';

/**
 * The charts of the Word report, drawn by the same builder: the diversion share and each kept
 * measure over the quarters entered. The window shows the committee's own numbers, unsuppressed.
 */
export function ProgramCharts() {
  const doc = useDoc();
  const view = useMemo(() => programDataView(doc, 'coalition', reportQuarters(doc.programQuarters)), [doc]);
  if (!view.quarters.length) {
    return <Text c="dimmed">Charts appear here once a quarter has numbers.</Text>;
  }
  const charts = [
    { id: 'diversion', chart: view.diversion.chart },
    { id: 'cit-share', chart: view.citHandled.chart },
    ...view.measures.map((m) => ({ id: m.measure.id, chart: m.chart })),
  ].filter(({ chart }) => chart.points.some((p) => p.value !== null));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" role="list" aria-label="Charts">
      {charts.map(({ id, chart }) => (
        <Paper key={id} withBorder radius="md" p="xs" role="listitem">
          <img
            src={svgDataUrl(quarterChartSvg(chart))}
            alt={`Chart: ${chart.title}, by quarter`}
            style={{ width: '100%', display: 'block' }}
          />
        </Paper>
      ))}
    </SimpleGrid>
  );
}

import { ImageRun, Paragraph, type FileChild } from 'docx';
import { dataTable, emptyNote, heading, labelled, paragraph } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import type { DocxPart } from '../../export/docx/part';
import { PAGE, THEME } from '../../export/docx/theme';
import { tableDay } from '../../model/dateFormats';
import { AUDIENCE_FILE_LABEL, type Audience } from '../../stakeholders';
import type { WorkspaceDocument } from '../../workspace/document';
import { CHART_SIZE, quarterChartSvg, type QuarterChartSpec } from '../charts/quarterChart';
import { quarterInWords } from '../quarters';
import { programDataView } from '../reportView';
import { SUPPRESSED_TEXT } from '../suppression';
import { svgToPng } from './rasterize';

/**
 * The program data report, for the steering committee and for funders: each measure's chart
 * with its numbers in a table below it. The share-safe version (audience 'shared') shows every
 * count from 1 to 4 as "fewer than 5" and withholds shares that would give one away.
 */
export const PROGRAM_DATA_REPORT_TITLE = 'Program data report';

export function programDataReportFileName(coalitionName: string, today: string, audience: Audience): string {
  return `Program data - ${coalitionName} - ${today} ${AUDIENCE_FILE_LABEL[audience]}`;
}

// The content width in pixels (96 to the inch; DXA is 1440 to the inch), keeping the chart's shape.
// Four fifths of the width: two measures, each a chart and its table, fit on a page.
const IMAGE_WIDTH = Math.round((PAGE.contentWidth / 1440) * 96 * 0.8);
const IMAGE_HEIGHT = Math.round((IMAGE_WIDTH * CHART_SIZE.height) / CHART_SIZE.width);

function chartPicture(chart: QuarterChartSpec): Paragraph {
  const svg = quarterChartSvg({ ...chart, untitled: true });
  return new Paragraph({
    spacing: { before: 80, after: 80 },
    keepNext: true,
    children: [
      new ImageRun({
        type: 'svg',
        data: Buffer.from(svg, 'utf8'),
        fallback: { type: 'png', data: svgToPng(svg) },
        transformation: { width: IMAGE_WIDTH, height: IMAGE_HEIGHT },
        altText: { name: chart.title, description: `Chart: ${chart.title}, by quarter.`, title: chart.title },
      }),
    ],
  });
}

export function programDataReportPart(doc: WorkspaceDocument, options: { today: string; audience: Audience }): DocxPart {
  const { audience } = options;
  const view = programDataView(doc, audience);
  const first = view.quarters[0];
  const last = view.quarters.at(-1);

  const body: FileChild[] = [
    labelled('Report date', tableDay(options.today)),
    labelled(
      'Quarters covered',
      first && last ? `${quarterInWords(first)} to ${quarterInWords(last)}` : 'None entered yet',
    ),
    labelled('Agencies reporting', String(view.agencies)),
    paragraph(
      audience === 'shared'
        ? `For sharing outside the steering committee. Each number is a total across agencies; to protect the people behind them, counts from 1 to 4 are shown as “${SUPPRESSED_TEXT}”, and a share that would reveal such a count is not shown.`
        : 'For the steering committee only: it shows every number, including counts small enough to point at a person. Use the share-safe version for funders and the public.',
      { color: THEME.muted, size: THEME.size.small + 2, spaceBefore: 120 },
    ),
  ];

  if (!view.quarters.length) {
    body.push(emptyNote('No quarter has numbers yet. Enter them under Program data, then print this report again.'));
  } else {
    for (const share of [view.diversion, view.citHandled]) {
      body.push(
        heading(share.title),
        chartPicture(share.chart),
        dataTable(
          [
            { header: 'Quarter', weight: 1.2 },
            { header: 'Calls', weight: 1.2 },
            {
              header: share === view.diversion ? 'Not ending in arrest or jail' : 'Handled by a CIT-trained officer',
              weight: 2,
            },
            { header: 'Share', weight: 1.6 },
            { header: 'Agencies', weight: 1 },
          ],
          share.rows.map((r) => [r.quarter, r.calls, r.part, r.share, String(r.agencies)]),
        ),
      );
    }
    body.push(heading('Each measure, by quarter'));
    const unreported: string[] = [];
    for (const { measure, chart, rows } of view.measures) {
      // A measure nobody reported gets a line at the end, not an empty chart and a column of blanks.
      if (chart.points.every((p) => p.value === null)) {
        unreported.push(measure.label);
        continue;
      }
      body.push(
        heading(measure.label, 3),
        chartPicture(chart),
        dataTable(
          [
            { header: 'Quarter', weight: 1.2 },
            { header: measure.unit === 'hours' ? 'Total hours' : 'Total', weight: 1.6 },
            { header: 'Agencies reporting', weight: 1.6 },
          ],
          rows.map((r) => [r.quarter, r.total, String(r.agencies)]),
        ),
      );
    }
    if (unreported.length) {
      body.push(heading('Not reported in these quarters', 3), paragraph(unreported.join(', ') + '.'));
    }
  }

  return {
    title: PROGRAM_DATA_REPORT_TITLE,
    subtitle: audience === 'shared' ? 'Share-safe version' : 'Steering committee copy',
    body,
  };
}

export async function programDataReportDocx(
  doc: WorkspaceDocument,
  options: { today: string; audience: Audience },
): Promise<Buffer> {
  return renderDocx({ ...programDataReportPart(doc, options), coalitionName: doc.coalition.name });
}

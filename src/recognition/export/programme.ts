import { Paragraph, TextRun, type FileChild } from 'docx';
import type { RecognitionEvent } from '../model';
import type { WorkspaceDocument } from '../../workspace/document';
import { longDate, startClock } from '../eventDate';
import { honoreesOf, publicCitation, shownInPublic } from '../honorees';
import { formatDuration, timeRunOfShow } from '../runOfShow';
import { speakerShown } from '../speakers';
import { dataTable, emptyNote, heading, labelled, paragraph, runs, type CellValue } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { THEME } from '../../export/docx/theme';

/** Said when the coordinator has not written their own thank-you. */
export const DEFAULT_THANKS =
  'This ceremony honours the people on the front lines and the agencies that stand behind them. ' +
  'Our thanks to every partner whose work makes our community’s response to a mental health crisis safer and more humane:';

/**
 * The printed program handed to guests: when and where, the run of show with its times, each
 * honoree with a short citation, and a thank-you to the partner organizations. It is a shared
 * document, so every person in it appears as their privacy setting allows.
 */
export async function programmeDocx(event: RecognitionEvent, doc: WorkspaceDocument): Promise<Buffer> {
  return renderDocx({
    title: event.title,
    coalitionName: doc.coalition.name,
    subtitle: doc.coalition.community,
    body: [...details(event), ...runOfShow(event, doc), ...honorees(event, doc), ...thanks(event, doc)],
  });
}

function details(event: RecognitionEvent): FileChild[] {
  const timing = timeRunOfShow(event);
  const time = event.startTime
    ? timing.endsAt && timing.totalMinutes > 0
      ? `${startClock(event.startTime)} to ${timing.endsAt}`
      : startClock(event.startTime)
    : '';
  return [
    labelled('Date', longDate(event.date)),
    ...(time ? [labelled('Time', time)] : []),
    ...(event.venue ? [labelled('Venue', event.venue)] : []),
    ...(event.host ? [labelled('Host', event.host)] : []),
  ];
}

function runOfShow(event: RecognitionEvent, doc: WorkspaceDocument): FileChild[] {
  const timing = timeRunOfShow(event);
  if (timing.segments.length === 0)
    return [heading('Program'), emptyNote('The program for the evening will be announced.')];
  const honorees = honoreesOf(event, doc);
  const rows = timing.segments.map(({ segment, title, startsAt }): CellValue[] => {
    const forAward =
      segment.kind === 'award' && segment.categoryId
        ? honorees.filter((h) => h.category.id === segment.categoryId)
        : [];
    const honoreeLine = forAward.map((h) => {
      const shown = shownInPublic(h.nominee);
      return shown.agency ? `${shown.name}, ${shown.agency}` : shown.name;
    });
    const speaker = speakerShown(segment, doc);
    return [
      startsAt ?? formatDuration(segment.durationMinutes),
      honoreeLine.length > 0
        ? { text: title, bold: true, detail: `Honoree${honoreeLine.length > 1 ? 's' : ''}: ${honoreeLine.join('; ')}` }
        : { text: title, bold: segment.kind === 'award' },
      speaker ? (segment.kind === 'award' ? `Presented by ${speaker}` : speaker) : '',
    ];
  });
  return [
    heading('Program'),
    dataTable(
      [
        { header: event.startTime ? 'Time' : 'Length', weight: 1.3 },
        { header: 'Program', weight: 4 },
        { header: 'Speaker', weight: 3 },
      ],
      rows,
    ),
  ];
}

function honorees(event: RecognitionEvent, doc: WorkspaceDocument): FileChild[] {
  const list = honoreesOf(event, doc);
  if (list.length === 0) return [heading('Honorees'), emptyNote('The honorees will be announced at the ceremony.')];
  const blocks: FileChild[] = [heading('Honorees')];
  for (const honoree of list) {
    const shown = shownInPublic(honoree.nominee);
    const citation = publicCitation(honoree);
    // Name and citation are one paragraph kept whole, and the award heading keeps with it, so a
    // page never ends on an award title with its honoree overleaf.
    blocks.push(
      heading(honoree.category.name, 3),
      new Paragraph({
        children: [
          ...runs(shown.name, { bold: shown.named, italics: !shown.named }),
          ...(shown.agency ? runs(`, ${shown.agency}`, { color: THEME.muted }) : []),
          ...(citation ? [new TextRun({ text: '', break: 1 }), ...runs(citation, { italics: true })] : []),
        ],
        keepLines: true,
        spacing: { after: 200 },
      }),
    );
  }
  return blocks;
}

function thanks(event: RecognitionEvent, doc: WorkspaceDocument): FileChild[] {
  const partners = [...doc.organizations].map((o) => o.name).sort((a, b) => a.localeCompare(b, 'en-US'));
  const message = event.thanks.trim() || DEFAULT_THANKS;
  return [
    heading('With thanks to our partners'),
    paragraph(message, { spaceAfter: 160 }),
    ...(partners.length > 0
      ? [paragraph(partners.join('  ·  '), { align: 'center', color: THEME.accent, spaceBefore: 80 })]
      : []),
  ];
}

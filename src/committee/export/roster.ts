import type { FileChild } from 'docx';
import { dataTable, emptyNote, heading, labelled, paragraph, type TableRowSpec } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { THEME } from '../../export/docx/theme';
import { Sector } from '../../model/sector';
import { shortDay } from '../../model/wallClock';
import type { WorkspaceDocument } from '../../workspace/document';
import { notYetDeclared } from '../declarations';
import { OfficerRole } from '../model';
import { personNamer } from '../names';
import { currentOfficer, officerHistory } from '../officers';
import { currentTerm, pastTerms } from '../seats';
import { endingWords, termsEndingWithin } from '../termsEnding';

/** How far ahead the roster warns of terms ending, as the committee screen does. */
export const ROSTER_WARNING_DAYS = 60;

/**
 * The seats and terms roster for the committee's binder: who holds each seat and until when,
 * the officers, what needs filling, and who sat in each seat before. Names follow each person's
 * choice for shared documents. Declarations appear only as done or not: what a member declared
 * is a private note and never printed here.
 */
export async function seatsRosterDocx(doc: WorkspaceDocument, today: string): Promise<Buffer> {
  const name = personNamer(doc, 'shared');
  const organizations = new Map(doc.organizations.map((o) => [o.id, o.name]));
  const seats = [...doc.committeeSeats].sort((a, b) => a.name.localeCompare(b.name));
  const year = Number(today.slice(0, 4));
  const undeclared = new Set(notYetDeclared(doc, year));
  const body: FileChild[] = [labelled('As of', shortDay(today)), labelled('Seats', `${seats.length}`)];

  body.push(heading('Seats and terms', 2));
  if (seats.length === 0) body.push(emptyNote('No seats have been set up yet.'));
  else
    body.push(
      dataTable(
        [
          { header: 'Seat', weight: 24 },
          { header: 'Held for', weight: 22 },
          { header: 'Member', weight: 22 },
          { header: 'Term', weight: 20 },
          { header: `Declared ${year}`, weight: 12 },
        ],
        seats.map((seat) => {
          const term = currentTerm(seat);
          const heldFor = seat.organizationId
            ? (organizations.get(seat.organizationId) ?? '')
            : Sector.labelOf(seat.sector);
          if (!term) return [{ text: seat.name, bold: true }, heldFor, { text: 'Empty', bold: true }, '', ''];
          return [
            { text: seat.name, bold: true },
            heldFor,
            name(term.stakeholderId),
            `${shortDay(term.startsOn)} – ${term.endsOn ? shortDay(term.endsOn) : 'no end set'}`,
            undeclared.has(term.stakeholderId) ? 'Not yet' : 'Yes',
          ];
        }),
      ),
    );

  const attention = termsEndingWithin(doc, today, ROSTER_WARNING_DAYS);
  body.push(heading(`To fill or renew (next ${ROSTER_WARNING_DAYS} days)`, 2));
  if (attention.length === 0) body.push(emptyNote('Every seat is filled and no term ends in the next 60 days.'));
  else
    body.push(
      dataTable(
        [
          { header: 'Seat', weight: 34 },
          { header: 'Member', weight: 30 },
          { header: 'What is needed', weight: 36 },
        ],
        attention.map((a) =>
          a.kind === 'empty'
            ? [a.seat.name, '—', 'Empty: find a member']
            : [a.seat.name, name(a.stakeholderId), `${endingWords(a.daysLeft)} (${shortDay(a.endsOn)})`],
        ),
      ),
    );

  body.push(heading('Officers', 2));
  const officerRows: TableRowSpec[] = [];
  for (const role of OfficerRole.options) {
    const now = currentOfficer(doc.committeeOfficers, role);
    const before = officerHistory(doc.committeeOfficers, role).filter((o) => o.to !== null);
    officerRows.push([
      { text: OfficerRole.labelOf(role), bold: true },
      now ? name(now.stakeholderId) : 'Vacant',
      now ? shortDay(now.from) : '',
      before.map((o) => `${name(o.stakeholderId)} (${shortDay(o.from)} – ${shortDay(o.to!)})`).join('\n') ||
        'None recorded',
    ]);
  }
  body.push(
    dataTable(
      [
        { header: 'Office', weight: 18 },
        { header: 'Held by', weight: 24 },
        { header: 'Since', weight: 16 },
        { header: 'Held before by', weight: 42 },
      ],
      officerRows,
    ),
  );

  body.push(heading('Who sat in each seat before', 2));
  const history: TableRowSpec[] = [];
  for (const seat of seats) {
    const past = pastTerms(seat);
    if (past.length === 0) continue;
    history.push({ group: seat.name });
    for (const term of past) history.push([name(term.stakeholderId), shortDay(term.startsOn), shortDay(term.leftOn!)]);
  }
  if (history.length === 0) body.push(emptyNote('No one has left a seat yet.'));
  else
    body.push(
      dataTable(
        [
          { header: 'Member', weight: 50 },
          { header: 'From', weight: 25 },
          { header: 'To', weight: 25 },
        ],
        history,
      ),
    );
  body.push(
    paragraph('Declarations of interest are kept by the committee and are not printed on this roster.', {
      size: THEME.size.small,
      color: THEME.muted,
      spaceBefore: 200,
    }),
  );

  return renderDocx({
    title: 'Steering committee: seats and terms',
    coalitionName: doc.coalition.name,
    subtitle: doc.coalition.community,
    body,
  });
}

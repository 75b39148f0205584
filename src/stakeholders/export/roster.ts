import type { FileChild } from 'docx';
import { proseDay } from '../../model/dateFormats';
import { Sector } from '../../model/sector';
import { EngagementStage, type Stakeholder } from '../model/stakeholder';
import type { WorkspaceDocument } from '../../workspace/document';
import {
  displayName,
  exportableAffiliation,
  exportableContact,
  exportableSector,
  mayShowName,
  mayShowContact,
} from '../privacy';
import { organizationsById, sectorOf } from '../sectorOf';
import { dataTable, emptyNote, heading, paragraph } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { PAGE, THEME } from '../../export/docx/theme';

/**
 * The stakeholder roster: everyone the coalition is working with, a table per sector, for the
 * steering committee's binder or the sign-in table at a meeting. It is a shared document, so each
 * person appears as their privacy setting allows: a private person's row keeps their stage, under
 * the sector privacy.ts gives a withheld person (Other), and nothing that could identify them: a
 * "Name withheld" row under the peer or family heading would disclose health information.
 */
export interface RosterOptions {
  /** The day printed on the roster, in the coalition's time zone. */
  today: string;
  /** Also list people who declined or are inactive (left out by default). */
  includeInactive?: boolean;
}

export interface RosterSummary {
  listed: number;
  withheld: number;
  leftOut: number;
  sectors: number;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const COLUMNS = [
  { header: 'Name', weight: 2.4 },
  { header: 'Title', weight: 2.4 },
  { header: 'Organization', weight: 2.8 },
  { header: 'Stage', weight: 1.7 },
  { header: 'Contact', weight: 3.8 },
];

export function rosterRows(doc: WorkspaceDocument, options: RosterOptions) {
  const orgs = organizationsById(doc.organizations);
  const listed = doc.stakeholders.filter(
    (p) => options.includeInactive || (p.stage !== 'declined' && p.stage !== 'inactive'),
  );
  const bySector = new Map<Sector, Stakeholder[]>();
  for (const person of listed) {
    const sector = exportableSector(person, sectorOf(person, orgs), 'shared');
    const group = bySector.get(sector) ?? [];
    group.push(person);
    bySector.set(sector, group);
  }
  const groups = Sector.options
    .filter((sector) => bySector.has(sector))
    .map((sector) => {
      const people = bySector.get(sector) ?? [];
      // Withheld people go last, and are not ordered by their real names: the order must not hint at who they are.
      const named = people.filter((p) => mayShowName(p, 'shared')).sort((a, b) => collator.compare(a.name, b.name));
      const withheld = people.filter((p) => !mayShowName(p, 'shared'));
      const rows = [...named, ...withheld].map((person) => {
        const organization = person.organizationId ? (orgs.get(person.organizationId)?.name ?? '') : '';
        const { title, organization: orgName } = exportableAffiliation(person, organization, 'shared');
        const contact = exportableContact(person, 'shared');
        const contactText = contact
          ? [contact.email, contact.phone].filter(Boolean).join('\n')
          : mayShowName(person, 'shared') && !mayShowContact(person, 'shared')
            ? 'Not shared'
            : '';
        return [displayName(person, 'shared'), title, orgName, EngagementStage.labelOf(person.stage), contactText];
      });
      return { sector, label: Sector.labelOf(sector), rows, withheld: withheld.length };
    });
  return { groups, leftOut: doc.stakeholders.length - listed.length };
}

export async function rosterDocx(
  doc: WorkspaceDocument,
  options: RosterOptions,
): Promise<{ bytes: Buffer; summary: RosterSummary }> {
  const { groups, leftOut } = rosterRows(doc, options);
  const listed = groups.reduce((n, g) => n + g.rows.length, 0);
  const withheld = groups.reduce((n, g) => n + g.withheld, 0);
  const dated = proseDay(options.today);

  const body: FileChild[] = [];
  if (listed === 0) {
    body.push(
      emptyNote('No one is on the roster yet. Add the people your coalition is reaching on the Stakeholders page.'),
    );
  } else {
    body.push(
      paragraph(
        `${listed === 1 ? 'One person' : `${listed} people`} in ${groups.length === 1 ? 'one sector' : `${groups.length} sectors`}, as of ${dated}. ` +
          'Contact details appear only for people who agreed to share them.' +
          (withheld ? ' Some people asked not to be named; they are listed under Other, without their name.' : ''),
        { color: THEME.muted },
      ),
    );
    for (const group of groups) {
      body.push(heading(`${group.label} (${group.rows.length})`, 2));
      body.push(dataTable(COLUMNS, group.rows, PAGE.landscapeContentWidth));
    }
    if (leftOut && !options.includeInactive) {
      body.push(
        paragraph(
          `Not listed: ${leftOut === 1 ? 'one person who declined or is' : `${leftOut} people who declined or are`} no longer active.`,
          { italics: true, color: THEME.muted, spaceBefore: 240 },
        ),
      );
    }
  }
  const bytes = await renderDocx({
    title: 'Stakeholder roster',
    coalitionName: doc.coalition.name,
    subtitle: [doc.coalition.community, dated].filter(Boolean).join('  ·  '),
    // Landscape, so an email address fits on one line of its cell.
    orientation: 'landscape',
    body,
  });
  return {
    bytes,
    summary: { listed, withheld, leftOut: options.includeInactive ? 0 : leftOut, sectors: groups.length },
  };
}

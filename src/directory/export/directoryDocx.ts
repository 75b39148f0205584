import { proseDay, tableDay } from '../../model/dateFormats';
import type { FileChild } from 'docx';
import { emptyNote, heading, labelled, paragraph } from '../../export/docx/blocks';
import { renderDocx } from '../../export/docx/document';
import { THEME } from '../../export/docx/theme';
import { organizationsById } from '../../stakeholders';
import type { WorkspaceDocument } from '../../workspace/document';
import { ServiceKind, type Service } from '../model';
import { addressLine, hoursLine, organizationNameOf, referralLine } from '../serviceView';

/**
 * The full directory, grouped by kind of service. The groups come in the order their first
 * service has in the coalition's list, and services keep that order within a group, so the
 * coalition decides what a reader meets first.
 */
export function groupedByKind(services: readonly Service[]): { kind: ServiceKind; services: Service[] }[] {
  const groups = new Map<ServiceKind, Service[]>();
  for (const service of services) groups.set(service.kind, [...(groups.get(service.kind) ?? []), service]);
  return [...groups.entries()].map(([kind, list]) => ({ kind, services: list }));
}

export async function directoryDocx(doc: WorkspaceDocument, today: string): Promise<Buffer> {
  const organizations = organizationsById(doc.organizations);
  const body: FileChild[] = [
    paragraph(
      `Services known to the coalition, as of ${proseDay(today)}. Call ahead where an entry says so; hours and eligibility change.`,
      {
        color: THEME.muted,
      },
    ),
  ];
  if (!doc.services.length) body.push(emptyNote('No services in the directory yet.'));
  for (const group of groupedByKind(doc.services)) {
    body.push(heading(ServiceKind.labelOf(group.kind), 2));
    for (const service of group.services) {
      body.push(heading(service.name, 3));
      body.push(
        paragraph(organizationNameOf(organizations, service), { color: THEME.muted, spaceAfter: 60, keepNext: true }),
      );
      if (service.receivingFacility)
        body.push(
          paragraph('Receiving facility: officers may bring a person in crisis here.', { bold: true, spaceAfter: 60 }),
        );
      if (service.description) body.push(labelled('What is offered', service.description));
      if (service.eligibility) body.push(labelled('Who is eligible', service.eligibility));
      body.push(labelled('Hours', hoursLine(service)));
      if (service.phone) body.push(labelled('Phone', service.phone));
      const address = addressLine(service);
      if (address) body.push(labelled('Address', address));
      if (service.area) body.push(labelled('Area served', service.area));
      if (service.languages.length) body.push(labelled('Languages', service.languages.join(', ')));
      body.push(labelled('How to refer', referralLine(service)));
      body.push(labelled('Last checked', service.lastChecked ? tableDay(service.lastChecked) : 'Not yet checked'));
    }
  }
  return renderDocx({
    title: 'Community resource directory',
    coalitionName: doc.coalition.name,
    subtitle: doc.coalition.community,
    body,
  });
}

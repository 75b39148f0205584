import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import type { WorkspaceDocument } from '../../workspace/document';
import { hoursByTimes } from './scheduleRows';
import { ReferralWay, ServiceKind, type Service } from '../model';
import { languageCode } from './languages';
import {
  ALL_DAY,
  BYDAY,
  fileOf,
  HSDS_VERSION,
  TABLES,
  TABLE_NAMES,
  TAXONOMY,
  TERM_PREFIX,
  type TableName,
} from './tables';

type Row = Partial<Record<string, string>>;

/**
 * The directory as an Open Referral (HSDS 3.0) data package: a zip of CSV files, one per table,
 * with the datapackage.json that describes them, in the coalition's own order. Ids derived from a
 * service's id keep every export of the same directory identical, so two exports can be compared.
 */
export function directoryPackage(doc: Pick<WorkspaceDocument, 'services' | 'organizations' | 'coalition'>): Uint8Array {
  const tables = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as Record<TableName, Row[]>;
  const organizations = new Map(doc.organizations.map((o) => [o.id, o]));
  const terms = new Map<string, Row>();
  const termId = (code: string, name: string) => {
    const id = `term-${code.replace(/[^a-z0-9]+/gi, '-')}`;
    if (!terms.has(code)) terms.set(code, { id, code, name, taxonomy: TAXONOMY, language: 'en' });
    return id;
  };

  const written = new Set<string>();
  for (const service of doc.services) {
    const organization = organizations.get(service.organizationId);
    if (organization && !written.has(organization.id)) {
      written.add(organization.id);
      tables.organization.push({
        id: organization.id,
        name: organization.name,
        description: '',
        website: organization.website,
      });
    }
    serviceRows(service, tables);
    const attribute = (code: string, name: string, linkType: string) =>
      tables.attribute.push({
        id: `${service.id}-${code.replace(/[^a-z0-9]+/gi, '-')}`,
        link_id: service.id,
        link_entity: 'service',
        link_type: linkType,
        taxonomy_term_id: termId(code, name),
        label: name,
      });
    attribute(`${TERM_PREFIX.kind}${service.kind}`, ServiceKind.labelOf(service.kind), 'service_type');
    attribute(
      `${TERM_PREFIX.referral}${service.referral}`,
      ReferralWay.labelOf(service.referral),
      'application_process',
    );
    if (service.receivingFacility)
      attribute(TERM_PREFIX.receiving, 'Receiving facility for people in crisis', 'service_type');
  }
  tables.taxonomy_term.push(...terms.values());

  const files: Record<string, Uint8Array> = {};
  for (const table of TABLE_NAMES) {
    const columns = [...TABLES[table]];
    files[fileOf(table)] = strToU8(
      Papa.unparse(
        { fields: columns, data: tables[table].map((row) => columns.map((c) => row[c] ?? '')) },
        { newline: '\r\n' },
      ) + '\r\n',
    );
  }
  files['datapackage.json'] = strToU8(JSON.stringify(dataPackage(doc.coalition.name), null, 2) + '\n');
  // A fixed date keeps the bytes the same for the same directory (zip entries carry a time).
  return zipSync(files, { mtime: new Date('2020-01-01T00:00:00Z') });
}

function serviceRows(service: Service, tables: Record<TableName, Row[]>): void {
  const sid = service.id;
  tables.service.push({
    id: sid,
    organization_id: service.organizationId,
    name: service.name,
    description: service.description,
    status: 'active',
    application_process: ReferralWay.labelOf(service.referral),
    eligibility_description: service.eligibility,
    assured_date: service.lastChecked ?? '',
    last_modified: service.updatedAt,
  });
  if (service.address || service.city || service.state || service.postalCode) {
    const locationId = `${sid}-location`;
    tables.location.push({
      id: locationId,
      location_type: 'physical',
      organization_id: service.organizationId,
      name: service.name,
    });
    tables.address.push({
      id: `${sid}-address`,
      location_id: locationId,
      address_1: service.address,
      city: service.city,
      state_province: service.state,
      postal_code: service.postalCode,
      country: 'US',
      address_type: 'physical',
    });
    tables.service_at_location.push({ id: `${sid}-at-location`, service_id: sid, location_id: locationId });
  }
  if (service.phone) tables.phone.push({ id: `${sid}-phone`, service_id: sid, number: service.phone, type: 'voice' });
  if (service.openAllDay) {
    tables.schedule.push({
      id: `${sid}-schedule-1`,
      service_id: sid,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: BYDAY.join(','),
      opens_at: ALL_DAY.opens,
      closes_at: ALL_DAY.closes,
      description: 'Open 24 hours, every day',
    });
  } else {
    hoursByTimes(service.hours).forEach((group, index) =>
      tables.schedule.push({
        id: `${sid}-schedule-${index + 1}`,
        service_id: sid,
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: group.days.map((d) => d.toUpperCase()).join(','),
        opens_at: group.opens,
        closes_at: group.closes,
      }),
    );
  }
  if (service.area) tables.service_area.push({ id: `${sid}-area`, service_id: sid, name: service.area });
  service.languages.forEach((name, index) =>
    tables.language.push({ id: `${sid}-language-${index + 1}`, service_id: sid, name, code: languageCode(name) }),
  );
}

function dataPackage(coalitionName: string) {
  return {
    profile: 'tabular-data-package',
    name: 'hsds-community-resource-directory',
    title: `${coalitionName}: community resource directory`,
    version: HSDS_VERSION,
    resources: TABLE_NAMES.map((table) => ({
      name: table,
      path: fileOf(table),
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: TABLES[table].map((name) => ({ name, type: 'string' })) },
    })),
  };
}

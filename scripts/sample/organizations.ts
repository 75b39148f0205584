import type { MethodInput } from '../../src/api/contract';
import type { SampleBuilder } from './builder';

type OrganizationData = Pick<MethodInput<'addOrganization'>, 'name' | 'sector' | 'address'> & { notes?: string };

/** The county's agencies, in the order the convener wrote them down on the first day. */
export const ORGANIZATIONS = {
  millbrookPd: {
    name: 'Millbrook Police Department',
    sector: 'law-enforcement',
    address: '400 Court Street, Millbrook',
  },
  sheriff: {
    name: 'Riverside County Sheriff’s Office',
    sector: 'law-enforcement',
    address: '120 Jefferson Avenue, Millbrook',
    notes: 'Runs the county jail and patrols the unincorporated areas.',
  },
  dispatch: {
    name: 'Riverside County Emergency Communications (911)',
    sector: 'dispatch',
    address: '118 Jefferson Avenue, Millbrook',
  },
  ems: { name: 'Riverside County EMS', sector: 'ems-fire', address: '77 Station Road, Cedar Bend' },
  bhc: {
    name: 'Riverside Behavioral Health Center',
    sector: 'mental-health',
    address: '2210 Orchard Lane, Millbrook',
    notes: 'Community mental health center; runs the 24-hour crisis line and the mobile crisis team.',
  },
  peerCenter: {
    name: 'Harbor Peer Recovery Center',
    sector: 'peer',
    address: '15 Water Street, Harlan Falls',
    notes: 'Peer-run drop-in center and warmline.',
  },
  nami: {
    name: 'NAMI Riverside County',
    sector: 'advocacy',
    address: 'PO Box 311, Millbrook',
    notes: 'Family-to-Family classes twice a year; support groups on Tuesdays.',
  },
  hospital: {
    name: 'St. Brigid Regional Hospital',
    sector: 'hospital',
    address: '900 Hospital Drive, Millbrook',
    notes: 'The county’s only emergency department; no inpatient psychiatric unit.',
  },
  court: { name: 'Riverside County District Court', sector: 'courts', address: '1 Courthouse Square, Millbrook' },
  board: {
    name: 'Riverside County Board of Commissioners',
    sector: 'government',
    address: '1 Courthouse Square, Millbrook',
  },
  humanServices: {
    name: 'Riverside County Department of Human Services',
    sector: 'social-services',
    address: '300 Elm Street, Millbrook',
  },
  interfaith: { name: 'Millbrook Interfaith Council', sector: 'community', address: '52 Church Street, Millbrook' },
  college: { name: 'Riverside Community College', sector: 'education', address: '5000 College Parkway, Cedar Bend' },
} satisfies Record<string, OrganizationData>;

export type OrganizationKey = keyof typeof ORGANIZATIONS;
export type OrganizationIds = Record<OrganizationKey, string>;

export function addOrganizations(sample: SampleBuilder): OrganizationIds {
  sample.on('2026-09-02');
  const ids = {} as OrganizationIds;
  for (const [key, data] of Object.entries(ORGANIZATIONS) as [OrganizationKey, OrganizationData][]) {
    ids[key] = sample.add('addOrganization', {
      name: data.name,
      sector: data.sector,
      address: data.address,
      website: '',
      notes: data.notes ?? '',
    });
  }
  return ids;
}

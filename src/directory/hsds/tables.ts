/**
 * The Open Referral Human Services Data Specification (HSDS 3.0) tables this app reads and
 * writes, with the columns it fills. A package is a zip of one CSV per table and a
 * datapackage.json naming them; other tables and columns a 211 adds are ignored on import.
 */

export const HSDS_VERSION = '3.0';

export const TABLES = {
  organization: ['id', 'name', 'alternate_name', 'description', 'email', 'website'],
  service: [
    'id',
    'organization_id',
    'name',
    'alternate_name',
    'description',
    'url',
    'email',
    'status',
    'application_process',
    'eligibility_description',
    'assured_date',
    'last_modified',
  ],
  location: ['id', 'location_type', 'organization_id', 'name', 'description'],
  address: [
    'id',
    'location_id',
    'address_1',
    'address_2',
    'city',
    'region',
    'state_province',
    'postal_code',
    'country',
    'address_type',
  ],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  phone: [
    'id',
    'location_id',
    'service_id',
    'organization_id',
    'service_at_location_id',
    'number',
    'extension',
    'type',
    'description',
  ],
  schedule: [
    'id',
    'service_id',
    'location_id',
    'service_at_location_id',
    'freq',
    'wkst',
    'byday',
    'opens_at',
    'closes_at',
    'description',
  ],
  service_area: ['id', 'service_id', 'service_at_location_id', 'name', 'description'],
  language: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
  taxonomy_term: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri'],
  attribute: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value', 'label'],
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];
export const fileOf = (table: TableName) => `${table}.csv`;

/**
 * HSDS has no field for the kind of service, for "receiving facility" or for how to refer: they
 * travel as attributes naming terms of this app's own small taxonomy, so a round trip keeps them
 * and another program reads them as ordinary taxonomy terms.
 */
export const TAXONOMY = 'CIT Coalition Organizer directory';
export const TERM_PREFIX = { kind: 'kind:', referral: 'referral:', receiving: 'receiving-facility' } as const;

/** HSDS byday codes in the directory's week order. */
export const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** The 24-hour signal HSDS's guidance suggests: every day, 00:00 to 23:59. */
export const ALL_DAY = { opens: '00:00', closes: '23:59' } as const;

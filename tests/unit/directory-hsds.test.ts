import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readHsdsPackage } from '../../src/directory/hsds/read';
import { directoryPackage } from '../../src/directory/hsds/write';
import { withDirectory } from '../support/fixtures/directory-fixture';

function packageOf(files: Record<string, string>) {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

const ORGS = 'id,name,description\norg-1,Lakeside Crisis Center,\n';

describe('reading an Open Referral package', () => {
  it('reads back what it wrote: the same services in the same order', () => {
    const { doc } = withDirectory();
    const read = readHsdsPackage(directoryPackage(doc));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const organizations = new Map(doc.organizations.map((o) => [o.id, o.name]));
    expect(read.services).toEqual(
      doc.services.map(({ id: _id, createdAt: _c, updatedAt: _u, organizationId, ...fields }) => ({
        ...fields,
        organizationName: organizations.get(organizationId),
      })),
    );
  });

  it('writes the tables HSDS names, with a datapackage.json that lists each', () => {
    const { doc } = withDirectory();
    const files = unzipSync(directoryPackage(doc));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'organization.csv',
        'service.csv',
        'location.csv',
        'address.csv',
        'phone.csv',
        'schedule.csv',
        'datapackage.json',
      ]),
    );
    const descriptor = JSON.parse(strFromU8(files['datapackage.json']!)) as {
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(descriptor.resources.map((r) => r.path)).toContain('schedule.csv');
    const schedule = strFromU8(files['schedule.csv']!);
    expect(schedule.split('\r\n')[0]).toBe(
      descriptor.resources
        .find((r) => r.path === 'schedule.csv')!
        .schema.fields.map((f) => f.name)
        .join(','),
    );
    // The clinic's weekdays share one row; Thursday's late close is its own.
    expect(schedule).toContain('WEEKLY,MO,"MO,TU,WE,FR",08:00,17:00');
    expect(schedule).toContain('WEEKLY,MO,TH,08:00,19:00');
    // Open all day and night, in the way HSDS's guidance suggests.
    expect(schedule).toContain('"MO,TU,WE,TH,FR,SA,SU",00:00,23:59,"Open 24 hours, every day"');
    // The ZIP code keeps its leading zero.
    expect(strFromU8(files['address.csv']!)).toContain(',05501,US,');
  });

  it('reads a plain 211 package: files in a folder, phones on the organization, times with a zone', () => {
    const read = readHsdsPackage(
      packageOf({
        '211/organization.csv': ORGS,
        '211/service.csv':
          'id,organization_id,name,status,assured_date\nsvc-1,org-1,Warm line,active,2025-02-01T00:00:00Z\nsvc-2,org-1,Closed program,defunct,\n',
        '211/phone.csv':
          'id,organization_id,service_id,number,type\np1,org-1,,0800 555 0101,voice\np2,org-1,,555-0199,fax\n',
        '211/schedule.csv':
          'id,service_id,freq,byday,opens_at,closes_at\ns1,svc-1,WEEKLY,"SA,SU",18:00-06:00,23:00-06:00\ns2,svc-1,MONTHLY,1MO,09:00,10:00\n',
        '211/language.csv': 'id,service_id,name,code\nl1,svc-1,,es\n',
      }),
    );
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.services).toHaveLength(1);
    expect(read.services[0]).toMatchObject({
      name: 'Warm line',
      organizationName: 'Lakeside Crisis Center',
      phone: '0800 555 0101',
      lastChecked: '2025-02-01',
      languages: ['Spanish'],
      kind: 'other',
      hours: [
        { day: 'sa', opens: '18:00', closes: '23:00' },
        { day: 'su', opens: '18:00', closes: '23:00' },
      ],
    });
  });

  it('refuses the whole package, naming the file and the row of each problem', () => {
    const read = readHsdsPackage(
      packageOf({
        'organization.csv': ORGS + ',No id here,\n',
        'service.csv':
          'id,organization_id,name,status,assured_date\nsvc-1,org-1,Warm line,active,\nsvc-2,org-9,Ghost,active,\nsvc-3,org-1,,active,\nsvc-4,org-1,Clinic,open,\nsvc-5,org-1,Detox,active,last spring\nsvc-1,org-1,Again,active,\n',
        'schedule.csv':
          'id,service_id,byday,opens_at,closes_at\ns1,svc-1,MO,9am,17:00\ns2,svc-1,XX,09:00,17:00\ns3,svc-77,MO,09:00,17:00\n',
      }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      'organization.csv, row 3: The id is missing.',
      'service.csv, row 3: no organization in organization.csv has the id org-9.',
      'service.csv, row 4: The service’s name is missing.',
      'service.csv, row 5: The status must be active, inactive, defunct or temporarily closed.',
      'service.csv, row 6: The assured_date must be a date written YYYY-MM-DD.',
      'service.csv, row 7: the id svc-1 is used by an earlier row.',
      'schedule.csv, row 2: Times are written as HH:MM, for example 08:30.',
      'schedule.csv, row 3: “XX” is not a day: byday lists days as MO, TU, WE, TH, FR, SA, SU.',
      'schedule.csv, row 4: no service in service.csv has the id svc-77.',
    ]);
  });

  it('refuses what is not a package, a package without services, a missing column and broken JSON', () => {
    const notZip = readHsdsPackage(strToU8('id,name\n1,x\n'));
    expect(notZip).toEqual({ ok: false, problems: [expect.stringMatching(/not an Open Referral package/)] });
    expect(readHsdsPackage(packageOf({ 'organization.csv': ORGS }))).toEqual({
      ok: false,
      problems: ['service.csv: the file is missing from the package.'],
    });
    expect(readHsdsPackage(packageOf({ 'organization.csv': ORGS, 'service.csv': 'id,name\nsvc-1,X\n' }))).toEqual({
      ok: false,
      problems: ['service.csv: the column organization_id is missing.'],
    });
    expect(
      readHsdsPackage(
        packageOf({
          'organization.csv': ORGS,
          'service.csv': 'id,organization_id,name\n',
          'datapackage.json': '{ nope',
        }),
      ),
    ).toEqual({
      ok: false,
      problems: ['datapackage.json: it is not valid JSON.'],
    });
  });

  it('refuses a service longer than the form allows rather than cutting it', () => {
    const read = readHsdsPackage(
      packageOf({
        'organization.csv': ORGS,
        'service.csv': `id,organization_id,name\nsvc-1,org-1,${'x'.repeat(201)}\n`,
      }),
    );
    expect(read).toEqual({ ok: false, problems: ['service.csv, row 2: Service name can be at most 200 characters.'] });
  });
});

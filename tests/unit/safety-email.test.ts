import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { isAllowedExternalUrl } from '../../src/api/externalLinks';
import { AppService } from '../../src/api/service';
import { invitation, type Invitation } from '../../src/meetings/export/invitation';
import { Meeting } from '../../src/meetings/model';
import { coalition } from '../support/fixtures/policies-fixture';
import { Email, Stakeholder } from '../../src/stakeholders/model/stakeholder';
import { ImportRow } from '../../src/stakeholders/importRow';
import { testPlatform, type TestPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';

/**
 * An email address is only ever a plain address: `?`, `&`, `%` and the like would turn it into
 * mail-link parameters (`?attach=/etc/passwd` makes some mail programs attach a local file).
 */
describe('an email address is a plain address, on the form and in an import', () => {
  it.each([
    'a@b.co?attach=/etc/passwd',
    'a@b.co&attach=/etc/passwd',
    'a%3Fattach=x@b.co',
    'a@b.co,other@c.org',
    'a@b.co;other@c.org',
    '<a@b.co>',
    'a@b.co#top',
    '"a b"@c.org',
    'a\\b@c.org',
    'a=b@c.org',
    'a@b.co/x',
    'a@b..co',
  ])('refuses %j', (address) => {
    expect(Email.safeParse(address).success).toBe(false);
    expect(ImportRow.safeParse({ name: 'Dana Lee', email: address }).success).toBe(false);
  });

  it.each(['dana.lee@crisis-center.org', "pat.o'brien@county.gov", 'first+cit@agency.org', 'josé@ejemplo.es', ''])(
    'accepts %j',
    (address) => {
      expect(Email.safeParse(address).success).toBe(true);
    },
  );

  it('still opens a person saved with an address from before the rule, so no workspace is locked out', () => {
    const person = Stakeholder.parse({
      id: 'st-old-address',
      name: 'Dana Lee',
      email: 'dana@crisis.org?attach=/etc/passwd',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(person.email).toBe('dana@crisis.org?attach=/etc/passwd');
    // ...and a link to it is refused, so it can do no harm.
    expect(isAllowedExternalUrl(`mailto:${person.email}`)).toBe(false);
  });
});

describe('the meeting invitation opens in the mail program, through the real link check', () => {
  let service: AppService;
  let platform: TestPlatform;
  let meetingId: string;

  beforeAll(async () => {
    const dir = await tempDir('cit-invite-');
    platform = testPlatform(dir, { newFile: path.join(dir, 'Riverside.cit.json') });
    service = new AppService(platform, { defaultTimeZone: 'UTC' });
    const ok = async (method: string, input: unknown) => {
      const reply = await dispatch(service.handlers, method, input);
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return reply.value;
    };
    const added = async (method: string, input: unknown) => ((await ok(method, input)) as { result: string }).result;
    await ok('createWorkspace', { name: 'Riverside CIT', community: 'Riverside County' });
    const dana = await added('addStakeholder', { name: 'Dana Lee', email: 'dana.lee@crisis-center.org' });
    const ray = await added('addStakeholder', { name: 'Ray Ortiz', email: 'first+cit@sheriff.gov' });
    const jo = await added('addStakeholder', { name: 'Jo Kim' });
    meetingId = await added('addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-03-02',
      startTime: '14:00',
      inviteeIds: [dana, ray, jo],
    });
  });
  afterAll(async () => service?.close());

  it('builds a link the check allows, every invitee in Bcc, and the mail program is asked to open it', async () => {
    const reply = await dispatch(service.handlers, 'invitationText', { meetingId });
    if (!reply.ok) throw new Error(reply.error.message);
    const invite = reply.value as Invitation;
    expect(isAllowedExternalUrl(invite.mailto)).toBe(true);
    const url = new URL(invite.mailto);
    // No one is in "To": invitees must not see each other's addresses.
    expect(url.pathname).toBe('');
    expect(url.searchParams.get('bcc')).toBe('dana.lee@crisis-center.org,first+cit@sheriff.gov');
    expect(url.searchParams.get('subject')).toMatch(/^Invitation: Steering committee/);
    expect(invite.withoutEmail).toBe(1);

    const opened = await dispatch(service.handlers, 'openExternalLink', { url: invite.mailto });
    expect(opened).toEqual({ ok: true, value: null });
    expect(platform.asked).toContain(`external:${invite.mailto}`);
  });

  it('leaves out an address saved before the rule, and still opens a message when no one has an address', () => {
    const doc = coalition();
    const stamp = '2025-01-01T00:00:00.000Z';
    doc.stakeholders.push(
      Stakeholder.parse({
        id: 'st-old',
        name: 'Old Address',
        email: 'old@crisis.org?attach=/etc/passwd',
        createdAt: stamp,
        updatedAt: stamp,
      }),
    );
    const meeting = Meeting.parse({ ...doc.meetings[0]!, inviteeIds: ['st-old', 'st-lee'] });
    const invite = invitation(doc, meeting);
    expect(invite.mailto).not.toContain('attach');
    expect(new URL(invite.mailto).searchParams.get('bcc')).toBeNull();
    expect(invite.withoutEmail).toBe(2);
    expect(isAllowedExternalUrl(invite.mailto)).toBe(true);
  });
});

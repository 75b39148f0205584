import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildSample, SAMPLE_FILE } from '../../scripts/make-sample';
import { Sector } from '../../src/model/sector';
import type { WorkspaceDocument } from '../../src/workspace/document';
import { readWorkspaceFile, serializeWorkspace } from '../../src/workspace/documentFile';

/**
 * The sample coalition that ships with the app: it must open as any workspace does, be a
 * believable county coalition, keep people with lived experience out of exports, and point
 * only at things that exist. It is made by scripts/make-sample.ts through the real commands.
 */
async function loadSample(): Promise<WorkspaceDocument> {
  return (await readWorkspaceFile(SAMPLE_FILE, { defaultTimeZone: 'America/Chicago' })).doc;
}

describe('the bundled sample coalition', () => {
  it('opens as a current-format workspace with the right name', async () => {
    const loaded = await readWorkspaceFile(SAMPLE_FILE, { defaultTimeZone: 'UTC' });
    expect(loaded.migratedFrom).toBeNull();
    expect(loaded.doc.schemaVersion).toBe(2);
    expect(loaded.doc.coalition).toMatchObject({
      name: 'Riverside County CIT Coalition',
      community: 'Riverside County',
      timeZone: 'America/Chicago',
    });
  });

  it('is a believable coalition: agencies, people across the sectors, conversations, meetings, action items, a workgroup', async () => {
    const doc = await loadSample();
    expect(doc.organizations.length).toBeGreaterThanOrEqual(10);
    expect(doc.stakeholders.length).toBeGreaterThanOrEqual(20);
    expect(doc.conversations.length).toBeGreaterThanOrEqual(3);
    expect(doc.meetings.length).toBeGreaterThanOrEqual(2);
    expect(doc.meetings.length).toBeLessThanOrEqual(4);
    expect(doc.actionItems.length).toBeGreaterThanOrEqual(3);
    expect(doc.workgroups).toHaveLength(1);
    const sectors = new Set(doc.stakeholders.map((s) => s.sector));
    const missing = Sector.options.filter((sector) => sector !== 'other' && !sectors.has(sector));
    expect(missing, 'sectors with nobody in them').toEqual([]);
    expect(new Set(doc.stakeholders.map((s) => s.stage)).size).toBeGreaterThanOrEqual(5);
    expect(doc.stakeholders.some((s) => s.roles.includes('chair'))).toBe(true);
    expect(doc.stakeholders.some((s) => s.roles.includes('coordinator'))).toBe(true);
  });

  it('keeps people with lived experience, and family members, out of exports by their own choice', async () => {
    const doc = await loadSample();
    const sensitive = doc.stakeholders.filter((s) => s.livedExperience || s.sector === 'peer' || s.sector === 'family');
    expect(sensitive.length).toBeGreaterThanOrEqual(4);
    for (const person of sensitive) expect(person.privacy, person.name).toMatch(/^(private|name-only)$/);
    expect(sensitive.some((s) => s.privacy === 'private')).toBe(true);
    expect(sensitive.some((s) => s.privacy === 'name-only')).toBe(true);
  });

  it('uses only made-up contact details: .example addresses and 555-01xx numbers', async () => {
    const doc = await loadSample();
    for (const person of doc.stakeholders) {
      if (person.email) expect(person.email).toMatch(/@[a-z0-9.-]+\.example$/);
      if (person.phone) expect(person.phone).toMatch(/^\(555\) 01\d-\d{4}$/);
    }
  });

  it('points only at people, organizations, meetings and workgroups that exist', async () => {
    const doc = await loadSample();
    const people = new Set(doc.stakeholders.map((s) => s.id));
    const organizations = new Set(doc.organizations.map((o) => o.id));
    const workgroups = new Set(doc.workgroups.map((w) => w.id));
    const actionItems = new Set(doc.actionItems.map((a) => a.id));
    const allIds = [
      doc.stakeholders,
      doc.organizations,
      doc.conversations,
      doc.meetings,
      doc.actionItems,
      doc.workgroups,
    ]
      .flat()
      .map((e) => e.id);
    expect(new Set(allIds).size).toBe(allIds.length);

    for (const person of doc.stakeholders)
      if (person.organizationId) expect(organizations.has(person.organizationId), person.name).toBe(true);
    for (const conversation of doc.conversations) {
      for (const id of conversation.stakeholderIds) expect(people.has(id)).toBe(true);
      for (const id of conversation.followUpIds) expect(actionItems.has(id)).toBe(true);
    }
    for (const meeting of doc.meetings) {
      for (const id of meeting.inviteeIds) expect(people.has(id)).toBe(true);
      for (const mark of meeting.attendance) expect(people.has(mark.stakeholderId)).toBe(true);
    }
    for (const item of doc.actionItems) {
      if (item.ownerId) expect(people.has(item.ownerId), item.title).toBe(true);
      if (item.workgroupId) expect(workgroups.has(item.workgroupId)).toBe(true);
    }
    for (const group of doc.workgroups) {
      for (const id of group.memberIds) expect(people.has(id)).toBe(true);
      if (group.leadId) expect(group.memberIds).toContain(group.leadId);
    }
  });

  it('minutes of a meeting already held were written up after it, so its items are not left undiscussed', async () => {
    const doc = await loadSample();
    const minuted = doc.meetings.filter((m) => m.status === 'held' && m.minutes);
    expect(minuted.length).toBeGreaterThanOrEqual(1);
    for (const meeting of minuted) {
      expect(
        meeting.minutes!.items.filter((item) => item.outcome === 'pending'),
        meeting.title,
      ).toEqual([]);
    }
  });

  it('has a policy taken through revisions, reviews and partner sign-offs', async () => {
    const doc = await loadSample();
    const organizations = new Set(doc.organizations.map((o) => o.id));
    const people = new Set(doc.stakeholders.map((s) => s.id));
    const withHistory = doc.policies.filter((policy) => policy.revisions.length >= 3);
    expect(withHistory.length, 'policies with three or more revisions').toBeGreaterThanOrEqual(1);
    const revisions = doc.policies.flatMap((policy) => policy.revisions);
    expect(revisions.flatMap((r) => r.reviews).length).toBeGreaterThanOrEqual(4);
    expect(revisions.flatMap((r) => r.signatures).length).toBeGreaterThanOrEqual(2);
    // Every step of the path appears somewhere, so each status can be seen in the app.
    expect(new Set(revisions.map((r) => r.status))).toEqual(
      new Set(['draft', 'in-review', 'approved', 'adopted', 'superseded']),
    );
    for (const policy of doc.policies) {
      if (policy.owningOrganizationId) expect(organizations.has(policy.owningOrganizationId)).toBe(true);
      for (const id of policy.partnerOrganizationIds) expect(organizations.has(id)).toBe(true);
      for (const revision of policy.revisions) {
        for (const review of revision.reviews) if (review.reviewerId) expect(people.has(review.reviewerId)).toBe(true);
        for (const signature of revision.signatures) expect(organizations.has(signature.organizationId)).toBe(true);
        expect(revision.text.length, `${policy.title} ${revision.version}`).toBeGreaterThan(200);
      }
    }
  });

  it('has a recognition event with nominations, every committee score given, and honorees', async () => {
    const doc = await loadSample();
    const people = new Set(doc.stakeholders.map((s) => s.id));
    expect(doc.recognitionEvents).toHaveLength(1);
    const event = doc.recognitionEvents[0]!;
    expect(event.nominations.length).toBeGreaterThanOrEqual(5);
    expect(event.committeeIds.length).toBeGreaterThanOrEqual(3);
    for (const id of event.committeeIds) expect(people.has(id)).toBe(true);
    const honorees = event.nominations.filter((n) => n.status === 'selected');
    expect(honorees.length).toBeGreaterThanOrEqual(3);
    expect(event.nominations.some((n) => n.status === 'not-selected')).toBe(true);
    // Honorees were chosen only after the whole committee had scored (anyone nominated scores the
    // others; a reviewer who declared a conflict of interest does not score that nomination).
    for (const nomination of event.nominations) {
      const conflicted = new Set(nomination.conflicts.map((c) => c.reviewerId));
      const expected = event.committeeIds.filter((id) => id !== nomination.nomineeId && !conflicted.has(id));
      expect(
        nomination.reviews.map((r) => r.reviewerId).sort(),
        nomination.nomineeName || nomination.nomineeId!,
      ).toEqual([...expected].sort());
      if (nomination.nomineeId) expect(people.has(nomination.nomineeId)).toBe(true);
      if (nomination.nominatedById) expect(people.has(nomination.nominatedById)).toBe(true);
      expect(event.categories.some((c) => c.id === nomination.categoryId)).toBe(true);
    }
    expect(event.runOfShow.length).toBeGreaterThanOrEqual(5);
    expect(doc.actionItems.some((a) => a.source.kind === 'recognition' && a.source.id === event.id)).toBe(true);
  });

  it('shows fair judging: a reviewer declared a conflict of interest on one nomination, with a reason, and did not score it', async () => {
    const doc = await loadSample();
    const event = doc.recognitionEvents[0]!;
    const declared = event.nominations.flatMap((n) => n.conflicts.map((c) => ({ nomination: n, conflict: c })));
    expect(declared).toHaveLength(1);
    const { nomination, conflict } = declared[0]!;
    expect(event.committeeIds).toContain(conflict.reviewerId);
    expect(conflict.reason.length).toBeGreaterThan(20);
    expect(nomination.reviews.map((r) => r.reviewerId)).not.toContain(conflict.reviewerId);
    // The others scored it, so it was still decided on its merits.
    expect(nomination.reviews.length).toBeGreaterThanOrEqual(2);
    expect(nomination.status).toBe('selected');
  });

  it('is what scripts/make-sample.ts builds through today’s commands (run it again if this fails)', async () => {
    const built = buildSample();
    const onDisk = JSON.parse(await readFile(SAMPLE_FILE, 'utf8')) as WorkspaceDocument;
    const summary = (doc: WorkspaceDocument) => ({
      organizations: doc.organizations.map((o) => [o.id, o.name]),
      stakeholders: doc.stakeholders.map((s) => [s.id, s.name, s.stage, s.privacy]),
      meetings: doc.meetings.map((m) => [m.id, m.title, m.date, m.status]),
      actionItems: doc.actionItems.map((a) => [a.id, a.title, a.status]),
      policies: doc.policies.map((p) => [p.id, p.title, p.revisions.map((r) => [r.id, r.version, r.status])]),
      recognition: doc.recognitionEvents.map((e) => [e.id, e.title, e.nominations.map((n) => [n.id, n.status])]),
    });
    expect(summary(built)).toEqual(summary(onDisk));
  });

  it('builds the same file every time, byte for byte', () => {
    expect(serializeWorkspace(buildSample())).toBe(serializeWorkspace(buildSample()));
  });
});

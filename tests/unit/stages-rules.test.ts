import { describe, expect, it } from 'vitest';
import { TestCoalition } from '../support/fixtures/stages-fixture';

/**
 * Each kind of evidence, on small coalitions built through the real commands: with the evidence
 * absent, partly there, and there; the status and the words the checklist shows.
 */

describe('conversations by sector', () => {
  it('is not started with no conversation, and says whether anyone from the sector is listed', () => {
    const c = new TestCoalition();
    expect(c.item('coalition.talk-law-enforcement')).toMatchObject({
      status: 'not-started',
      source: 'data',
      derived: { evidence: 'No conversation with law enforcement logged yet, and no one from this group is on your list.' },
    });
    c.person('Sgt. Ray Ortiz', { sector: 'law-enforcement' });
    expect(c.item('coalition.talk-law-enforcement').derived?.evidence).toBe(
      'No conversation with law enforcement logged yet; 1 person from this group is on your list.',
    );
  });

  it('counts conversations with the sector and names the latest, and ignores other sectors', () => {
    const c = new TestCoalition();
    const ortiz = c.person('Sgt. Ray Ortiz', { sector: 'law-enforcement', title: 'sheriff’s office liaison' });
    const chief = c.person('Chief Ana Diaz', { sector: 'law-enforcement' });
    const clinician = c.person('Dana Lee', { sector: 'mental-health' });
    c.talk([chief], '2025-09-02');
    c.talk([ortiz, clinician], '2025-10-12');
    c.talk([chief], '2025-09-20');
    c.talk([clinician], '2025-10-15');
    expect(c.item('coalition.talk-law-enforcement')).toMatchObject({
      status: 'done',
      source: 'data',
      derived: {
        state: 'met',
        evidence: 'Conversations held with law enforcement: 3, the latest on 12 Oct 2025 with Sgt. Ray Ortiz (sheriff’s office liaison).',
      },
    });
    expect(c.item('coalition.talk-mental-health').derived?.evidence).toBe(
      'Conversations held with mental health professionals: 2, the latest on 15 Oct 2025 with Dana Lee.',
    );
    expect(c.item('coalition.talk-nami').status).toBe('not-started');
  });

  it('counts a person left at "other" by their organization’s sector, as the coverage panel does', () => {
    const c = new TestCoalition();
    c.run('addOrganization', { name: 'Riverside Police Department', sector: 'law-enforcement' });
    const officer = c.person('Officer Lin', { organizationName: 'Riverside Police Department' });
    c.talk([officer], '2025-10-01');
    expect(c.item('coalition.talk-law-enforcement').status).toBe('done');
    expect(c.item('coalition.talk-law-enforcement').derived?.evidence).toContain('Officer Lin (Riverside Police Department)');
  });

  it('never names a private person in a shared document, and never names people with lived experience there', () => {
    const c = new TestCoalition();
    const privateOfficer = c.person('Deputy Quiet', { sector: 'law-enforcement', privacy: 'private', title: 'Patrol' });
    const peer = c.person('Sam Rivera', { sector: 'peer', privacy: 'public' });
    const flagged = c.person('Jordan Wells', { sector: 'family', livedExperience: true });
    c.talk([privateOfficer], '2025-10-01');
    c.talk([peer, flagged], '2025-10-03');

    expect(c.item('coalition.talk-law-enforcement', 'coalition').derived?.evidence).toContain('Deputy Quiet (Patrol)');
    const sharedLe = c.item('coalition.talk-law-enforcement', 'shared').derived?.evidence ?? '';
    expect(sharedLe).not.toContain('Deputy Quiet');
    expect(sharedLe).not.toContain('Patrol');
    expect(sharedLe).toBe('Conversations held with law enforcement: 1, the latest on 1 Oct 2025 with 1 person.');

    expect(c.item('coalition.talk-lived-experience', 'coalition').derived?.evidence).toContain('Sam Rivera and Jordan Wells');
    const sharedLived = c.item('coalition.talk-lived-experience', 'shared').derived?.evidence ?? '';
    expect(sharedLived).toBe('Conversations held with people living with mental illness: 1, the latest on 3 Oct 2025 with 2 people.');
  });
});

describe('program roles', () => {
  it('finds the convener, and a convener who declined does not count', () => {
    const c = new TestCoalition();
    expect(c.item('coalition.convener')).toMatchObject({ status: 'not-started', derived: { evidence: 'Convener / champion: no one named yet.' } });
    const judge = c.person('Judge Ana Ruiz', { sector: 'courts', roles: ['convener'], title: 'District judge' });
    expect(c.item('coalition.convener')).toMatchObject({ status: 'done', derived: { evidence: 'Convener / champion: Judge Ana Ruiz (District judge).' } });
    c.run('changeStakeholderStage', { ids: [judge], stage: 'declined' });
    expect(c.item('coalition.convener').status).toBe('not-started');
  });

  it('needs both a chair and a coordinator: one of the two is under way', () => {
    const c = new TestCoalition();
    c.person('Maria Lopez', { sector: 'mental-health', roles: ['chair'] });
    expect(c.item('partnership.chair-coordinator')).toMatchObject({
      status: 'in-progress',
      derived: { evidence: 'Steering committee chair: Maria Lopez. CIT coordinator: no one named yet.' },
    });
    c.person('Tom Hale', { sector: 'law-enforcement', roles: ['coordinator', 'trainer'] });
    expect(c.item('partnership.chair-coordinator').status).toBe('done');
    expect(c.item('training.trainers').status).toBe('done');
  });
});

describe('steering committee membership by sector', () => {
  it('is not started with no members, under way with a group missing, done with every group', () => {
    const c = new TestCoalition();
    expect(c.item('partnership.steering-committee')).toMatchObject({
      status: 'not-started',
      derived: { evidence: 'No one has joined the steering committee yet.' },
    });
    const add = (name: string, sector: MethodSector) => c.person(name, { sector, stage: 'steering-committee' });
    add('Sgt. Ray Ortiz', 'law-enforcement');
    add('Chief Ana Diaz', 'law-enforcement');
    add('Dana Lee', 'mental-health');
    c.person('Not yet member', { sector: 'advocacy', stage: 'committed' });
    expect(c.item('partnership.steering-committee')).toMatchObject({
      status: 'in-progress',
      derived: {
        evidence: 'Steering committee: 3 members. Mental health professionals 1 and law enforcement 2. No one yet from NAMI and community leaders.',
      },
    });
    add('Pat Green', 'advocacy');
    add('Council member Yu', 'government');
    expect(c.item('partnership.steering-committee')).toMatchObject({ status: 'done', derived: { state: 'met' } });
  });
});

type MethodSector = 'law-enforcement' | 'mental-health' | 'advocacy' | 'government';

describe('workgroups', () => {
  it('counts any workgroup for Step One, and only a training workgroup for planning training', () => {
    const c = new TestCoalition();
    expect(c.item('partnership.workgroups').derived?.evidence).toBe('No workgroup set up yet.');
    c.run('addWorkgroup', { name: 'Resource mapping', focus: 'resources' });
    expect(c.item('partnership.workgroups')).toMatchObject({ status: 'done', derived: { evidence: '1 workgroup: Resource mapping (active).' } });
    expect(c.item('partnership.plan-training')).toMatchObject({ status: 'not-started', derived: { evidence: 'No workgroup for training set up yet.' } });
    c.run('addWorkgroup', { name: 'Training', focus: 'training', status: 'paused' });
    expect(c.item('partnership.plan-training').status).toBe('done');
    expect(c.item('partnership.workgroups').derived?.evidence).toBe('2 workgroups: Resource mapping (active) and Training (paused).');
  });
});

describe('a meeting of the kind "site visit"', () => {
  it('goes from nothing, to planned, to "record it as held", to done; a cancelled visit does not count', () => {
    const c = new TestCoalition();
    expect(c.item('partnership.site-visit')).toMatchObject({
      status: 'not-started',
      derived: { evidence: 'No visit to another CIT program planned or held yet.' },
    });
    const cancelled = c.meeting('Visit to Metro CIT', { kind: 'site-visit', date: '2025-11-04' });
    c.editMeeting(cancelled, { status: 'cancelled' });
    expect(c.item('partnership.site-visit').status).toBe('not-started');

    const visit = c.meeting('Visit to Tri-County CIT', { kind: 'site-visit', date: '2025-11-12' });
    expect(c.item('partnership.site-visit')).toMatchObject({
      status: 'in-progress',
      derived: { evidence: 'Visit to another CIT program: planned for 12 Nov 2025 (“Visit to Tri-County CIT”).' },
    });
    c.editMeeting(visit, { date: '2025-10-14' });
    expect(c.item('partnership.site-visit').derived?.evidence).toBe(
      'Visit to another CIT program: “Visit to Tri-County CIT” was planned for 14 Oct 2025. Record it as held once it has taken place.',
    );
    c.held(visit);
    expect(c.item('partnership.site-visit')).toMatchObject({
      status: 'done',
      derived: { evidence: 'Visit to another CIT program: held on 14 Oct 2025 (“Visit to Tri-County CIT”).' },
    });
    // A steering committee meeting is not a site visit.
    expect(c.item('coalition.first-meeting').status).toBe('not-started');
  });
});

describe('policy revisions', () => {
  it('Step One is done once a revision is drafted; the policies stage wants it adopted', () => {
    const c = new TestCoalition();
    expect(c.item('partnership.revise-policies').derived?.evidence).toBe('No policy listed yet.');
    const sop = c.run('addPolicy', { title: 'Crisis call procedure', kind: 'sop' }) as string;
    expect(c.item('partnership.revise-policies')).toMatchObject({
      status: 'in-progress',
      derived: { evidence: '1 policy listed (Crisis call procedure), but no revision drafted yet.' },
    });
    c.run('addPolicyRevision', { policyId: sop, version: '1.0', date: '2025-10-01', summary: 'First draft' });
    expect(c.item('partnership.revise-policies')).toMatchObject({
      status: 'done',
      derived: { evidence: 'Being revised: Crisis call procedure (1 revision).' },
    });
    expect(c.item('policies.crisis-policy')).toMatchObject({
      status: 'in-progress',
      derived: { evidence: 'Being revised, not adopted yet: Crisis call procedure (1 revision).' },
    });
    c.run('addPolicyRevision', { policyId: sop, version: '0.9', date: '2024-05-01', status: 'adopted' });
    expect(c.item('policies.crisis-policy')).toMatchObject({
      status: 'done',
      derived: { evidence: 'Adopted: Crisis call procedure (version 0.9, dated 1 May 2024).' },
    });
    // The dispatch protocol item reads only dispatch protocols.
    expect(c.item('policies.dispatch-protocol').derived?.evidence).toBe('No dispatch protocol listed yet.');
  });
});

describe('lived-experience attendance at meetings', () => {
  it('is a blocking gap with no one with lived experience, and done when they were at the latest meeting', () => {
    const c = new TestCoalition();
    const item = c.item('coalition.lived-experience-every-step');
    expect(item).toMatchObject({ status: 'not-started', derived: { evidence: 'No one with lived experience is in your workspace yet.' } });
    expect(item.blockingGap).toMatch(/No one with lived experience/);

    const peer = c.person('Sam Rivera', { sector: 'peer' });
    const officer = c.person('Sgt. Ray Ortiz', { sector: 'law-enforcement' });
    expect(c.item('coalition.lived-experience-every-step')).toMatchObject({
      status: 'in-progress',
      blockingGap: null,
      derived: { evidence: '1 person with lived experience on your list; no meeting has been recorded as held yet.' },
    });

    const first = c.meeting('First stakeholder meeting', { kind: 'first-convening', date: '2025-09-10' });
    c.held(first, [officer]);
    expect(c.item('coalition.lived-experience-every-step').derived?.evidence).toBe(
      '1 person with lived experience on your list, but none has attended a meeting yet.',
    );
    c.run('setAttendance', { meetingId: first, marks: [{ stakeholderId: peer, status: 'late' }] });
    expect(c.item('coalition.lived-experience-every-step')).toMatchObject({
      status: 'done',
      derived: { evidence: 'People with lived experience attended 1 of 1 meeting held, including the latest on 10 Sep 2025.' },
    });

    const second = c.meeting('Steering committee', { kind: 'steering-committee', date: '2025-10-08' });
    c.held(second, [officer]);
    c.run('setAttendance', { meetingId: second, marks: [{ stakeholderId: peer, status: 'absent' }] });
    expect(c.item('coalition.lived-experience-every-step')).toMatchObject({
      status: 'in-progress',
      derived: { evidence: 'People with lived experience attended 1 of 2 meetings held, but none was at the latest on 8 Oct 2025.' },
    });
    // Counts only: a name never appears, even in the coalition's own view.
    expect(c.item('coalition.lived-experience-every-step').derived?.evidence).not.toContain('Sam Rivera');
  });
});

describe('partners engaged by sector (dispatch and EMS)', () => {
  it('is under way until both dispatch and EMS have someone committed', () => {
    const c = new TestCoalition();
    expect(c.item('training.dispatch-ems')).toMatchObject({
      status: 'not-started',
      derived: { evidence: 'Dispatch: no one on your list yet. EMS: no one on your list yet.' },
    });
    c.person('Jo Kim', { sector: 'dispatch', stage: 'committed' });
    c.person('Medic Ola', { sector: 'ems-fire', stage: 'contacted' });
    expect(c.item('training.dispatch-ems')).toMatchObject({
      status: 'in-progress',
      derived: { evidence: 'Dispatch: 1 committed. EMS: 1 person on your list, not committed yet.' },
    });
    c.person('Chief Medic Ray', { sector: 'ems-fire', stage: 'steering-committee' });
    expect(c.item('training.dispatch-ems').status).toBe('done');
  });
});

describe('recognition events', () => {
  it('planning an event completes "plan" and starts "celebrate"; holding it completes both', () => {
    const c = new TestCoalition();
    expect(c.item('recognition.plan').derived?.evidence).toBe('No recognition event planned yet.');
    const id = c.run('addRecognitionEvent', { title: 'Partner Awards Night', date: '2026-05-14' }) as string;
    expect(c.item('recognition.plan')).toMatchObject({ status: 'done', derived: { evidence: '“Partner Awards Night” planned for 14 May 2026 (planning).' } });
    expect(c.item('recognition.held').status).toBe('in-progress');
    c.run('updateRecognitionEvent', { id, changes: { status: 'held', date: '2025-10-01' } });
    expect(c.item('recognition.held')).toMatchObject({ status: 'done', derived: { evidence: '“Partner Awards Night” held on 1 Oct 2025.' } });
  });
});

describe('evidence wording for items that accept several kinds', () => {
  it('says "or" between the kinds an item accepts', () => {
    const c = new TestCoalition();
    expect(c.item('policies.crisis-policy').derived?.evidence).toBe('No agency policy or standard operating procedure listed yet.');
  });
});

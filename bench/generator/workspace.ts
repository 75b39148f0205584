import type { ActionItem } from '../../src/actions/model';
import type { Conversation } from '../../src/stakeholders/model/conversation';
import type { HistoryEntry } from '../../src/model/historyEntry';
import type { AgendaSection, Meeting, MeetingKind, MinutesItem } from '../../src/meetings/model';
import type { Organization } from '../../src/stakeholders/model/organization';
import type { Policy, PolicyRevision, RevisionStatus } from '../../src/policies/model';
import type { Nomination, RecognitionEvent } from '../../src/recognition/model';
import { Sector } from '../../src/model/sector';
import { EngagementStage, ProgramRole, type Stakeholder } from '../../src/stakeholders/model/stakeholder';
import type { AgencyStaffing, Course, TrainingClass } from '../../src/training/model';
import type { Workgroup } from '../../src/workgroups/model';
import { WorkgroupFocus } from '../../src/workgroups/model';
import { MEASURE_IDS } from '../../src/programData/measures';
import type { QuarterEntry } from '../../src/programData/model';
import { quarterOfDay, quartersBetween } from '../../src/programData/quarters';
import { emptyWorkspace, type WorkspaceDocument } from '../../src/workspace/document';
import { seededRandom, type Random } from './random';
import { sizesAt, type Sizes } from './scale';
import { makeCommittee } from './committee';
import { makeDirectory } from './directory';
import { line, organizationName, personName, policyText, prose, TAGS, TITLES } from './text';

/**
 * A whole workspace as a statewide program would have it after ten years, deterministic from a
 * seed: the same (scale, seed) always gives the same document, with no clock or crypto involved.
 * References hang together (minutes list their action items, conversations their follow-ups,
 * honorees belong to categories) so exports and derived views do their real work on it.
 */
export interface GenerateOptions {
  /** 1 is the ten-year statewide program; 0.01 is a tiny one for tests. */
  scale: number;
  seed?: number;
}

export const DEFAULT_SEED = 20_160_104;
/** The generated decade runs from this day up to TODAY; a few meetings are still ahead. */
const FIRST_DAY = Date.UTC(2016, 0, 4);
export const TODAY = '2025-12-15';
const TODAY_MS = Date.UTC(2025, 11, 15);
const SPAN_DAYS = Math.round((TODAY_MS - FIRST_DAY) / 86_400_000);

const dayOf = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
const stampOf = (day: string, minute = 0) =>
  `${day}T${String(13 + Math.floor(minute / 60) % 8).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00.000Z`;
const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;

export function generateWorkspace(options: GenerateOptions): WorkspaceDocument {
  const sizes = sizesAt(options.scale);
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const doc = emptyWorkspace({
    name: 'Statewide CIT Coalition — Benchmark',
    community: 'State of Benchmark (all 40 counties)',
    timeZone: 'America/Chicago',
    now: new Date(FIRST_DAY),
  });
  doc.coalition.updatedAt = stampOf(TODAY);

  const organizations = makeOrganizations(random, sizes);
  const stakeholders = makeStakeholders(random, sizes, organizations);
  const workgroups = makeWorkgroups(random, sizes, stakeholders);
  const conversations = makeConversations(random, sizes, stakeholders);
  const meetings = makeMeetings(random, sizes, stakeholders, workgroups);
  const policies = makePolicies(random, sizes, organizations, workgroups, stakeholders, meetings);
  const recognitionEvents = makeRecognition(random, sizes, stakeholders);
  const actionItems = makeActionItems(random, sizes, { stakeholders, workgroups, conversations, meetings, policies, recognitionEvents });

  return {
    ...doc,
    organizations,
    stakeholders,
    conversations,
    meetings,
    actionItems,
    workgroups,
    policies,
    recognitionEvents,
    ...makeTraining(random, sizes, organizations, stakeholders),
    stageMarks: [],
    programQuarters: makeProgramQuarters(random, organizations),
    history: makeHistory(random, sizes),
    ...makeCommittee(random, sizes.committeeSeats, organizations, stakeholders, stampOf),
    // Last, so adding it left every earlier record as it was.
    ...makeDirectory(random, sizes.services, organizations, stampOf, TODAY),
  };
}

/** Ten years of quarters for every law enforcement agency: what a long-running program has entered. */
function makeProgramQuarters(random: Random, organizations: readonly Organization[]): QuarterEntry[] {
  const last = quarterOfDay(TODAY);
  const lastYear = Number(last.slice(0, 4));
  const quarters = quartersBetween(`${lastYear - 10}${last.slice(4)}`, last).slice(1);
  const entries: QuarterEntry[] = [];
  for (const organization of organizations) {
    if (organization.sector !== 'law-enforcement') continue;
    for (const quarter of quarters) {
      const calls = random.int(0, 400);
      const values: Record<string, number> = {
        [MEASURE_IDS.mentalHealthCalls]: calls,
        [MEASURE_IDS.citHandled]: random.int(0, calls),
        [MEASURE_IDS.receivingFacility]: random.int(0, Math.floor(calls / 4)),
        [MEASURE_IDS.emergencyCustody]: random.int(0, Math.floor(calls / 8)),
        [MEASURE_IDS.arrestOrJail]: random.int(0, Math.floor(calls / 10)),
        [MEASURE_IDS.resolvedOnScene]: random.int(0, Math.floor(calls / 2)),
        [MEASURE_IDS.useOfForce]: random.int(0, 6),
        [MEASURE_IDS.injuriesPerson]: random.int(0, 3),
        [MEASURE_IDS.injuriesOfficer]: random.int(0, 3),
        [MEASURE_IDS.officerHours]: random.int(0, calls * 30) / 10,
      };
      // Some agencies leave a measure out some quarters: the report must cope with gaps.
      if (random.chance(0.1)) delete values[MEASURE_IDS.arrestOrJail];
      entries.push({
        id: id('pq', entries.length),
        organizationId: organization.id,
        quarter,
        values,
        note: '',
        createdAt: stampOf(TODAY),
        updatedAt: stampOf(TODAY),
      });
    }
  }
  return entries;
}

function makeOrganizations(random: Random, sizes: Sizes): Organization[] {
  return Array.from({ length: sizes.organizations }, (_, i) => ({
    id: id('org', i),
    name: organizationName(random, i),
    sector: random.pick(Sector.options),
    address: random.chance(0.7) ? `${random.int(1, 9999)} ${random.pick(['Main', 'Oak', 'Court', 'Mission', 'Elm'])} Street` : '',
    website: random.chance(0.5) ? `https://agency${i}.example.org` : '',
    notes: random.chance(0.3) ? prose(random, random.length(150, 2000)) : '',
  }));
}

function makeStakeholders(random: Random, sizes: Sizes, organizations: Organization[]): Stakeholder[] {
  const stages = EngagementStage.options;
  return Array.from({ length: sizes.stakeholders }, (_, i) => {
    const name = personName(random);
    const stage = random.pick(stages);
    const firstDay = random.int(0, SPAN_DAYS - 400);
    // A path through the stages up to the current one, dated in order.
    const path: EngagementStage[] = stages.slice(0, Math.max(1, stages.indexOf(stage) + 1)).filter((s) => s !== 'declined' && s !== 'inactive');
    if (stage === 'declined' || stage === 'inactive') path.push(stage);
    let day = firstDay;
    const stageHistory = path.map((s) => {
      const on = dayOf(day);
      day += random.int(5, 60);
      return { stage: s, on, note: random.chance(0.2) ? line(random, 200) : '' };
    });
    const handle = name.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase().slice(0, 20) || 'person';
    return {
      id: id('st', i),
      name,
      title: random.pick(TITLES),
      organizationId: random.chance(0.85) ? random.pick(organizations).id : null,
      sector: random.chance(0.3) ? 'other' : random.pick(Sector.options),
      email: random.chance(0.9) ? `${handle}.${i}@example.org` : '',
      phone: random.chance(0.8) ? `(555) ${String(random.int(100, 999))}-${String(i % 10_000).padStart(4, '0')}` : '',
      preferredContact: random.pick(['email', 'phone', 'text', 'in-person', 'any'] as const),
      tags: random.sample(TAGS, random.int(0, 4)),
      notes: random.chance(0.35) ? prose(random, random.length(120, 4000)) : '',
      livedExperience: random.chance(0.08),
      privacy: random.chance(0.1) ? 'private' : random.chance(0.2) ? 'name-only' : 'public',
      roles: i === 0 ? ['chair'] : i === 1 ? ['coordinator'] : random.chance(0.03) ? [random.pick(ProgramRole.options)] : [],
      influence: random.pick(['low', 'medium', 'high'] as const),
      interest: random.pick(['low', 'medium', 'high'] as const),
      stage,
      stageHistory,
      createdAt: stampOf(dayOf(firstDay)),
      updatedAt: stampOf(dayOf(Math.min(day, SPAN_DAYS))),
    };
  });
}

function makeWorkgroups(random: Random, sizes: Sizes, people: Stakeholder[]): Workgroup[] {
  return Array.from({ length: sizes.workgroups }, (_, i) => {
    const members = random.sample(people, random.int(5, 15)).map((p) => p.id);
    const formed = random.int(0, SPAN_DAYS - 200);
    const status = random.pick(['active', 'active', 'active', 'paused', 'completed'] as const);
    const focus = random.pick(WorkgroupFocus.options);
    return {
      id: id('wg', i),
      name: `${WorkgroupFocus.labelOf(focus)} workgroup ${i + 1}`,
      focus,
      charge: prose(random, random.length(400, 3000)),
      leadId: members[0] ?? null,
      memberIds: members,
      status,
      formedOn: dayOf(formed),
      closedOn: status === 'completed' ? dayOf(Math.min(SPAN_DAYS, formed + random.int(90, 900))) : null,
      statusLine: line(random, 300),
      statusUpdatedOn: dayOf(random.int(formed, SPAN_DAYS)),
      createdAt: stampOf(dayOf(formed)),
    };
  });
}

function makeConversations(random: Random, sizes: Sizes, people: Stakeholder[]): Conversation[] {
  return Array.from({ length: sizes.conversations }, (_, i) => {
    const day = dayOf(random.int(0, SPAN_DAYS));
    return {
      id: id('cv', i),
      date: day,
      stakeholderIds: random.sample(people, random.chance(0.2) ? random.int(2, 3) : 1).map((p) => p.id),
      heldBy: personName(random),
      channel: random.pick(['in-person', 'phone', 'video', 'email'] as const),
      summary: prose(random, random.length(120, 5000)),
      commonGround: random.chance(0.3) ? prose(random, random.length(70, 800)) : '',
      concerns: random.chance(0.25) ? prose(random, random.length(70, 800)) : '',
      followUpIds: [],
      createdAt: stampOf(day, random.int(0, 400)),
    };
  });
}

const SECTION_TITLES = ['Welcome and introductions', 'Reports', 'Old business', 'New business', 'Workgroup updates', 'Closing'];

function makeMeetings(random: Random, sizes: Sizes, people: Stakeholder[], workgroups: Workgroup[]): Meeting[] {
  const steering = people.filter((p) => p.stage === 'steering-committee' || p.stage === 'committed');
  const meetings: Meeting[] = [];
  // Spread evenly over the decade with a few planned ahead; the steering committee meets monthly.
  for (let i = 0; i < sizes.meetings; i += 1) {
    const offset = Math.min(SPAN_DAYS + 60, Math.floor(((i + random.next()) / sizes.meetings) * (SPAN_DAYS + 60)));
    const date = dayOf(offset);
    const isSteering = i % 4 === 0;
    const kind: MeetingKind = isSteering ? 'steering-committee' : random.pick(['workgroup', 'workgroup', 'community-forum', 'site-visit', 'other'] as const);
    const workgroup = kind === 'workgroup' ? random.pick(workgroups) : null;
    const invitees = (workgroup ? workgroup.memberIds : random.sample(steering.length > 0 ? steering : people, random.int(8, 24)).map((p) => p.id));
    const future = date > TODAY;
    const status = future ? 'planned' : random.chance(0.05) ? 'cancelled' : 'held';
    const agenda: AgendaSection[] = random.sample(SECTION_TITLES, random.int(2, 4)).map((title, s) => ({
      id: id(`ag${i}s`, s),
      title,
      items: Array.from({ length: random.int(2, 4) }, (_, k) => ({
        id: id(`ag${i}i${s}`, k),
        title: line(random, 300),
        presenterId: random.chance(0.7) ? random.pick(invitees) : null,
        timeboxMinutes: random.pick([0, 5, 10, 10, 15, 20, 30]),
        purpose: random.pick(['information', 'discussion', 'decision'] as const),
        description: random.chance(0.3) ? prose(random, random.length(100, 1800)) : '',
        attachments: random.chance(0.2) ? [{ label: 'Draft', target: `https://drive.example.org/doc/${i}-${s}-${k}` }] : [],
        carriedFrom: null,
        guidance: '',
      })),
    }));
    const minutesItems: MinutesItem[] =
      status === 'held'
        ? agenda.flatMap((section) =>
            section.items.map((item, k) => ({
              id: id(`mi${i}-${section.id.slice(-2)}`, k),
              agendaItemId: item.id,
              sectionTitle: section.title,
              title: item.title,
              presenterId: item.presenterId,
              purpose: item.purpose,
              notes: prose(random, random.length(180, 8000)),
              outcome: random.chance(0.85) ? ('done' as const) : ('unfinished' as const),
              decisions:
                item.purpose === 'decision'
                  ? [{ id: id(`dc${i}-${k}`, 0), text: `Approved: ${line(random, 400)}`, vote: random.chance(0.5) ? { for: random.int(5, 20), against: random.int(0, 3), abstain: random.int(0, 2) } : null, recusedIds: [] }]
                  : [],
              actionItemIds: [],
            })),
          )
        : [];
    meetings.push({
      id: id('mt', i),
      title: workgroup ? `${workgroup.name} meeting` : isSteering ? 'Steering committee' : line(random, 200),
      kind,
      workgroupId: workgroup?.id ?? null,
      date,
      startTime: random.pick(['08:30', '09:00', '12:00', '14:00', '15:30', '18:00']),
      durationMinutes: random.pick([60, 90, 90, 120]),
      location: random.chance(0.8) ? `${random.pick(['Conference room B', 'Training center', 'City hall, room 2', 'Crisis center'])}, ${random.int(1, 40)} county` : '',
      videoLink: random.chance(0.4) ? `https://meet.example.org/${i}` : '',
      status,
      inviteeIds: invitees,
      attendance: status === 'held' ? invitees.map((stakeholderId) => ({ stakeholderId, status: random.pick(['present', 'present', 'present', 'absent', 'regrets', 'late'] as const) })) : [],
      guests: random.chance(0.2) ? [{ name: personName(random), organization: organizationName(random, 0) }] : [],
      agenda,
      reviewActionItemIds: [],
      minutes: status === 'held' ? { status: random.chance(0.9) ? 'approved' : 'draft', items: minutesItems, recorder: personName(random), approvedOn: null, approvedAtMeetingId: null } : null,
      series: isSteering ? { id: 'series-steering', name: 'Steering committee', rule: { kind: 'monthly-weekday', weekday: 'TH', week: 2, intervalMonths: 1 } } : null,
      quorum: isSteering ? { kind: 'invitee-majority' } : { kind: 'none' },
      createdAt: stampOf(dayOf(Math.max(0, offset - 30))),
    });
  }
  return meetings;
}

const REVISION_PATH: RevisionStatus[] = ['draft', 'in-review', 'approved', 'adopted'];

function makePolicies(
  random: Random,
  sizes: Sizes,
  organizations: Organization[],
  workgroups: Workgroup[],
  people: Stakeholder[],
  meetings: Meeting[],
): Policy[] {
  return Array.from({ length: sizes.policies }, (_, i) => {
    const partners = random.sample(organizations, random.int(1, 4)).map((o) => o.id);
    const start = random.int(0, SPAN_DAYS - 800);
    let day = start;
    let text = policyText(random, random.length(1800, 60_000));
    const revisions: PolicyRevision[] = Array.from({ length: sizes.revisionsPerPolicy }, (_, r) => {
      const last = r === sizes.revisionsPerPolicy - 1;
      const date = dayOf(day);
      // Each revision rewrites some of the text: the diff view and the log compare real versions.
      if (r > 0) text = `${text.slice(0, Math.floor(text.length * random.next()))}\n\n${prose(random, random.length(300, 4000))}`;
      const finalStatus: RevisionStatus = last ? random.pick(REVISION_PATH) : 'superseded';
      const path = finalStatus === 'superseded' ? [...REVISION_PATH, 'superseded' as const] : REVISION_PATH.slice(0, REVISION_PATH.indexOf(finalStatus) + 1);
      let statusDay = day;
      const statusHistory = path.map((status) => {
        const on = dayOf(Math.min(SPAN_DAYS, statusDay));
        statusDay += random.int(3, 40);
        return { status, on, note: '' };
      });
      day = Math.min(SPAN_DAYS, day + random.int(60, 500));
      const adopted = path.includes('adopted');
      return {
        id: id(`pr${i}`, r),
        version: `${1 + Math.floor(r / 3)}.${r % 3}`,
        date,
        summary: prose(random, random.length(200, 1500)),
        text,
        meetingId: random.chance(0.5) ? random.pick(meetings).id : null,
        status: finalStatus,
        statusHistory,
        reviews: Array.from({ length: random.int(0, 3) }, (_, k) => ({
          id: id(`rv${i}-${r}`, k),
          reviewerId: random.pick(people).id,
          reviewerName: '',
          on: date,
          note: line(random, 500),
        })),
        signatures: adopted ? partners.map((organizationId) => ({ organizationId, signedOn: statusHistory.at(-1)!.on, signedBy: personName(random), note: '' })) : [],
        createdAt: stampOf(date),
      };
    });
    return {
      id: id('pol', i),
      title: `${random.pick(['Crisis response', 'Transport of persons in crisis', 'Dispatch screening', 'Information sharing', 'Drop-off at the crisis center', 'Training standards'])} ${random.pick(['policy', 'procedure', 'agreement', 'protocol'])} ${i + 1}`,
      kind: random.pick(['agency-policy', 'sop', 'moa', 'dispatch-protocol', 'data-sharing', 'other'] as const),
      owningOrganizationId: partners[0] ?? null,
      workgroupId: random.chance(0.7) ? random.pick(workgroups).id : null,
      partnerOrganizationIds: partners,
      revisions,
      createdAt: stampOf(dayOf(start)),
    };
  });
}

function makeRecognition(random: Random, sizes: Sizes, people: Stakeholder[]): RecognitionEvent[] {
  return Array.from({ length: sizes.recognitionEvents }, (_, e) => {
    const offset = Math.floor(((e + 0.5) / sizes.recognitionEvents) * SPAN_DAYS);
    const date = dayOf(offset);
    const held = date < TODAY;
    const categories = random.sample(['Officer of the Year', 'Dispatcher of the Year', 'Clinician of the Year', 'Community Partner Award', 'Peer Champion Award', 'Family Advocate Award'], random.int(3, 5)).map((name, c) => ({
      id: id(`cat${e}`, c),
      name,
      criteria: prose(random, random.length(200, 1200)),
      wordLimit: 500,
    }));
    const committee = random.sample(people, random.int(3, 5)).map((p) => p.id);
    const nominations: Nomination[] = Array.from({ length: sizes.nominationsPerEvent }, (_, n) => {
      const category = categories[n % categories.length]!;
      const typed = random.chance(0.3);
      // In a held event, the first nominee of each category was selected.
      const status = held ? (n < categories.length ? 'selected' : 'not-selected') : random.pick(['received', 'under-review'] as const);
      return {
        id: id(`nom${e}`, n),
        categoryId: category.id,
        nomineeId: typed ? null : random.pick(people).id,
        nomineeName: typed ? personName(random) : '',
        nomineeAgency: typed ? organizationName(random, 0) : '',
        nomineePrivacy: 'public',
        nominatedById: random.chance(0.6) ? random.pick(people).id : null,
        nominatedByName: '',
        story: prose(random, random.length(800, 6000)),
        interventionDate: dayOf(Math.max(0, offset - random.int(30, 300))),
        interventionAgency: organizationName(random, 0),
        receivedOn: dayOf(Math.max(0, offset - random.int(20, 60))),
        citation: status === 'selected' ? prose(random, random.length(200, 1000)).slice(0, 1500) : '',
        status,
        reviews: committee.filter(() => random.chance(0.7)).map((reviewerId) => ({
          reviewerId,
          score: random.int(1, 5),
          comment: random.chance(0.5) ? line(random, 400) : '',
          scoredAt: stampOf(dayOf(Math.max(0, offset - 10))),
        })),
        // Every seventh nomination has the first reviewer stepping away from it (no random draw, so the rest of the data is unchanged).
        conflicts: n % 7 === 3 ? [{ reviewerId: committee[0]!, reason: 'Works in the nominee’s unit.', declaredAt: stampOf(dayOf(Math.max(0, offset - 12))) }] : [],
        createdAt: stampOf(dayOf(Math.max(0, offset - 60))),
      };
    });
    return {
      id: id('rec', e),
      title: `${2016 + Math.floor((e / sizes.recognitionEvents) * 10)} CIT ${random.pick(['Awards Ceremony', 'Recognition Luncheon', 'Honors Night'])}`,
      kind: random.pick(['awards-ceremony', 'council-commendation', 'training-graduation'] as const),
      date,
      startTime: '18:00',
      venue: `${random.pick(['Civic Center', 'Grand Hotel ballroom', 'University hall', 'Fire training academy'])}`,
      host: personName(random),
      status: held ? 'held' : 'nominations-open',
      blindReview: e % 2 === 1,
      budgetNotes: random.chance(0.5) ? prose(random, random.length(200, 800)) : '',
      thanks: prose(random, random.length(200, 600)),
      categories,
      nominations,
      committeeIds: committee,
      runOfShow: [
        { id: id(`seg${e}`, 0), kind: 'welcome', title: 'Welcome', durationMinutes: 10, speakerId: null, speakerName: personName(random), categoryId: null, notes: '' },
        ...categories.map((c, k) => ({ id: id(`seg${e}`, k + 1), kind: 'award' as const, title: c.name, durationMinutes: 10, speakerId: random.pick(people).id, speakerName: '', categoryId: c.id, notes: '' })),
        { id: id(`seg${e}`, 99), kind: 'closing', title: 'Closing', durationMinutes: 5, speakerId: null, speakerName: personName(random), categoryId: null, notes: '' },
      ],
      createdAt: stampOf(dayOf(Math.max(0, offset - 120))),
    };
  });
}

/**
 * Ten years of classes: mostly the 40-hour course, with dispatcher courses and refreshers, each
 * full of trainees from the state's agencies (officers mostly), nearly all completed; a few
 * classes cancelled, and the last few still ahead. Every agency has its staffing numbers.
 */
function makeTraining(
  random: Random,
  sizes: Sizes,
  organizations: Organization[],
  people: Stakeholder[],
): { trainingCourses: Course[]; trainingClasses: TrainingClass[]; agencyStaffing: AgencyStaffing[] } {
  const stamp = stampOf(dayOf(0));
  const course = (n: number, name: string, kind: Course['kind'], hours: number): Course => ({
    id: id('crs', n),
    name,
    kind,
    hours,
    refresherYears: 2,
    createdAt: stamp,
  });
  const trainingCourses = [
    course(1, 'CIT 40-hour course', 'cit-40', 40),
    course(2, 'Call-taker and dispatcher course', 'dispatch', 8),
    course(3, 'CIT in-service refresher', 'in-service', 8),
    course(4, 'CIT for youth', 'advanced', 16),
  ];
  const agencies = organizations.slice(0, Math.max(1, Math.ceil(organizations.length / 4)));
  let trainee = 0;
  const trainingClasses = Array.from({ length: sizes.trainingClasses }, (_, c): TrainingClass => {
    const offset = Math.floor(((c + 0.5) / sizes.trainingClasses) * (SPAN_DAYS + 60));
    const kind = random.chance(0.6) ? 0 : random.int(1, 3);
    const picked = trainingCourses[kind]!;
    const length = picked.hours >= 40 ? 4 : picked.hours > 8 ? 1 : 0;
    const cancelled = random.chance(0.03);
    const held = offset + length <= SPAN_DAYS && !cancelled;
    return {
      id: id('cls', c),
      courseId: picked.id,
      startsOn: dayOf(offset),
      endsOn: dayOf(offset + length),
      place: `${random.pick(agencies).name} training room`,
      instructorIds: [random.pick(people).id, random.pick(people).id],
      panelSpeakerIds: [random.pick(people).id],
      capacity: sizes.traineesPerClass + 6,
      cancelled,
      trainees: Array.from({ length: sizes.traineesPerClass }, () => {
        const done = held && random.chance(0.94);
        return {
          id: id('trn', trainee++),
          name: personName(random),
          organizationId: random.pick(agencies).id,
          role: kind === 1 ? 'dispatcher' : random.chance(0.85) ? 'officer' : random.pick(['ems', 'corrections', 'other'] as const),
          status: done ? 'completed' : held ? 'did-not-complete' : 'enrolled',
          completedOn: done ? dayOf(offset + length) : null,
        };
      }),
      createdAt: stamp,
    };
  });
  const agencyStaffing = agencies.map((organization, n) => ({
    id: id('stf', n),
    organizationId: organization.id,
    swornOfficers: random.int(20, 900),
    dispatchers: random.int(6, 80),
    targetPercent: 25,
  }));
  return { trainingCourses, trainingClasses, agencyStaffing };
}

function makeActionItems(
  random: Random,
  sizes: Sizes,
  from: {
    stakeholders: Stakeholder[];
    workgroups: Workgroup[];
    conversations: Conversation[];
    meetings: Meeting[];
    policies: Policy[];
    recognitionEvents: RecognitionEvent[];
  },
): ActionItem[] {
  const minuted = from.meetings.filter((m) => m.minutes && m.minutes.items.length > 0);
  return Array.from({ length: sizes.actionItems }, (_, i) => {
    const itemId = id('ai', i);
    const roll = random.next();
    let source: ActionItem['source'] = { kind: 'manual', id: null };
    let workgroupId: string | null = null;
    let created = random.int(0, SPAN_DAYS);
    if (roll < 0.4 && minuted.length > 0) {
      const meeting = random.pick(minuted);
      random.pick(meeting.minutes!.items).actionItemIds.push(itemId);
      source = { kind: 'meeting', id: meeting.id };
      workgroupId = meeting.workgroupId;
      created = Math.round((Date.parse(meeting.date) - FIRST_DAY) / 86_400_000);
    } else if (roll < 0.7) {
      const conversation = random.pick(from.conversations);
      conversation.followUpIds.push(itemId);
      source = { kind: 'conversation', id: conversation.id };
      created = Math.round((Date.parse(conversation.date) - FIRST_DAY) / 86_400_000);
    } else if (roll < 0.8) {
      const workgroup = random.pick(from.workgroups);
      source = { kind: 'workgroup', id: workgroup.id };
      workgroupId = workgroup.id;
    } else if (roll < 0.9) {
      source = { kind: 'policy', id: random.pick(from.policies).id };
    } else if (roll < 0.95) {
      source = { kind: 'recognition', id: random.pick(from.recognitionEvents).id };
    }
    const due = created + random.int(7, 90);
    // Most of the decade's items are finished; the recent ones are still open, a few overdue.
    const past = due < SPAN_DAYS - 120;
    const status = past ? (random.chance(0.9) ? 'done' : random.pick(['dropped', 'open'] as const)) : random.pick(['open', 'open', 'in-progress', 'done'] as const);
    const typedOwner = random.chance(0.15);
    return {
      id: itemId,
      title: line(random, 300),
      ownerId: typedOwner ? null : random.pick(from.stakeholders).id,
      ownerName: typedOwner ? personName(random) : '',
      dueDate: random.chance(0.85) ? dayOf(due) : null,
      status,
      source,
      workgroupId,
      notes: random.chance(0.25) ? prose(random, random.length(100, 2000)) : '',
      completedOn: status === 'done' ? dayOf(Math.min(SPAN_DAYS, due - random.int(0, 5))) : null,
      createdAt: stampOf(dayOf(created), random.int(0, 400)),
    };
  });
}

function makeHistory(random: Random, sizes: Sizes): HistoryEntry[] {
  const commands = ['addStakeholder', 'updateActionItem', 'logConversation', 'saveMinutes', 'addPolicyRevision', 'scoreNomination'];
  return Array.from({ length: sizes.history }, (_, i) => {
    const command = random.pick(commands);
    return {
      id: id('hist', i),
      at: stampOf(dayOf(SPAN_DAYS - sizes.history + i), i % 400),
      kind: 'change' as const,
      command,
      description: `${command} ${line(random, 80).toLowerCase()}`,
    };
  });
}

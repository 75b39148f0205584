import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { MethodInput } from '../src/api/contract';
import { applyCommand } from '../src/commands/apply';
import { COMMANDS, type CommandName } from '../src/commands/registry';
import { emptyWorkspace, WorkspaceDocument } from '../src/model/workspace';
import { parseWorkspaceText, serializeWorkspace } from '../src/workspace/documentFile';

/**
 * Builds the sample coalition that ships with the app (resources/sample/riverside-county.cit.json)
 * through the app's own commands, so it is exactly what a person could have made by hand and
 * stays valid as the commands and schemas grow. Everyone in it is made up, in a made-up county;
 * e-mail addresses use the reserved .example domain and phone numbers the 555-01xx range.
 *
 *   npx tsx scripts/make-sample.ts
 *
 * Ids and times are fixed (a seeded sequence and a script clock), so running it again without
 * changes gives the same file.
 */
export const SAMPLE_FILE = fileURLToPath(new URL('../resources/sample/riverside-county.cit.json', import.meta.url));

/** Deterministic random-looking ids (version-4 UUID layout) from a seeded generator. */
function idSequence(seed: number): () => string {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0).toString(16).padStart(8, '0');
  };
  return () => {
    const hex = next() + next() + next() + next();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

export function buildSample(): WorkspaceDocument {
  const newId = idSequence(20261115);
  let now = new Date('2026-09-02T14:00:00Z');
  let doc = emptyWorkspace({
    name: 'Riverside County CIT Coalition',
    community: 'Riverside County',
    timeZone: 'America/Chicago',
    now,
  });

  /** Moves the script's clock: each step happens on the day a person would have done it. */
  const on = (day: string, time = '15:00') => {
    now = new Date(`${day}T${time}:00Z`);
  };
  function run<C extends CommandName>(name: C, input: MethodInput<C>): unknown {
    const applied = applyCommand(doc, COMMANDS[name], input, { now, newId });
    doc = applied.doc;
    return applied.result;
  }
  const idOf = (result: unknown) => {
    if (typeof result === 'string') return result;
    if (result && typeof result === 'object' && 'id' in result && typeof result.id === 'string') return result.id;
    throw new Error(`Expected a new id, got ${JSON.stringify(result)}`);
  };

  // ——— Organizations ———
  on('2026-09-02');
  const org = (name: string, sector: MethodInput<'addOrganization'>['sector'], address: string, notes = '') =>
    idOf(run('addOrganization', { name, sector, address, website: '', notes }));
  const millbrookPd = org('Millbrook Police Department', 'law-enforcement', '400 Court Street, Millbrook');
  const sheriff = org(
    'Riverside County Sheriff’s Office',
    'law-enforcement',
    '120 Jefferson Avenue, Millbrook',
    'Runs the county jail and patrols the unincorporated areas.',
  );
  const dispatch = org(
    'Riverside County Emergency Communications (911)',
    'dispatch',
    '118 Jefferson Avenue, Millbrook',
  );
  const ems = org('Riverside County EMS', 'ems-fire', '77 Station Road, Cedar Bend');
  const bhc = org(
    'Riverside Behavioral Health Center',
    'mental-health',
    '2210 Orchard Lane, Millbrook',
    'Community mental health center; runs the 24-hour crisis line and the mobile crisis team.',
  );
  const peerCenter = org(
    'Harbor Peer Recovery Center',
    'peer',
    '15 Water Street, Harlan Falls',
    'Peer-run drop-in center and warmline.',
  );
  const nami = org(
    'NAMI Riverside County',
    'advocacy',
    'PO Box 311, Millbrook',
    'Family-to-Family classes twice a year; support groups on Tuesdays.',
  );
  const hospital = org(
    'St. Brigid Regional Hospital',
    'hospital',
    '900 Hospital Drive, Millbrook',
    'The county’s only emergency department; no inpatient psychiatric unit.',
  );
  const court = org('Riverside County District Court', 'courts', '1 Courthouse Square, Millbrook');
  const board = org('Riverside County Board of Commissioners', 'government', '1 Courthouse Square, Millbrook');
  const humanServices = org(
    'Riverside County Department of Human Services',
    'social-services',
    '300 Elm Street, Millbrook',
  );
  const interfaith = org('Millbrook Interfaith Council', 'community', '52 Church Street, Millbrook');
  const college = org('Riverside Community College', 'education', '5000 College Parkway, Cedar Bend');

  // ——— People ———
  type Person = Omit<MethodInput<'addStakeholder'>, 'organizationName'>;
  const person = (fields: Person) => idOf(run('addStakeholder', { ...fields }));

  on('2026-09-03');
  const ruth = person({
    name: 'Ruth Castellano',
    title: 'President',
    organizationId: nami,
    sector: 'advocacy',
    email: 'ruth.castellano@nami-riverside.example',
    phone: '(555) 014-2201',
    preferredContact: 'phone',
    roles: ['convener'],
    influence: 'medium',
    interest: 'high',
    stage: 'committed',
    tags: ['founding member'],
    notes:
      'Started the coalition after her son’s arrest during a crisis in 2025. Knows most of the providers personally.',
  });
  const okafor = person({
    name: 'Dr. Ellen Okafor',
    title: 'Clinical Director',
    organizationId: bhc,
    sector: 'mental-health',
    email: 'eokafor@riversidebhc.example',
    phone: '(555) 014-3100',
    preferredContact: 'email',
    roles: ['chair'],
    influence: 'high',
    interest: 'high',
    stage: 'contacted',
  });
  const reed = person({
    name: 'Jamal Reed, LCSW',
    title: 'Mobile Crisis Team Supervisor',
    organizationId: bhc,
    sector: 'mental-health',
    email: 'jreed@riversidebhc.example',
    phone: '(555) 014-3114',
    preferredContact: 'phone',
    roles: ['workgroup-lead'],
    influence: 'medium',
    interest: 'high',
    stage: 'identified',
  });
  const natarajan = person({
    name: 'Priya Natarajan, LPC',
    title: 'Crisis Clinician',
    organizationId: bhc,
    sector: 'mental-health',
    email: 'pnatarajan@riversidebhc.example',
    influence: 'low',
    interest: 'high',
    stage: 'identified',
  });
  const delgado = person({
    name: 'Lt. Marcus Delgado',
    title: 'Patrol Lieutenant',
    organizationId: millbrookPd,
    sector: 'law-enforcement',
    email: 'mdelgado@millbrookpd.example',
    phone: '(555) 014-4410',
    preferredContact: 'email',
    influence: 'medium',
    interest: 'high',
    stage: 'identified',
  });
  const whitaker = person({
    name: 'Chief Daniel Whitaker',
    title: 'Chief of Police',
    organizationId: millbrookPd,
    sector: 'law-enforcement',
    email: 'dwhitaker@millbrookpd.example',
    phone: '(555) 014-4400',
    influence: 'high',
    interest: 'medium',
    stage: 'identified',
  });
  const hennessy = person({
    name: 'Sheriff Gloria Hennessy',
    title: 'Sheriff',
    organizationId: sheriff,
    sector: 'law-enforcement',
    email: 'ghennessy@riversidesheriff.example',
    phone: '(555) 014-5000',
    influence: 'high',
    interest: 'medium',
    stage: 'identified',
  });
  const brooks = person({
    name: 'Sgt. Tanya Brooks',
    title: 'Training Sergeant',
    organizationId: sheriff,
    sector: 'law-enforcement',
    email: 'tbrooks@riversidesheriff.example',
    phone: '(555) 014-5022',
    roles: ['trainer'],
    influence: 'medium',
    interest: 'high',
    stage: 'identified',
  });
  const kowalski = person({
    name: 'Beth Kowalski',
    title: 'Community Programs Coordinator',
    organizationId: sheriff,
    sector: 'law-enforcement',
    email: 'bkowalski@riversidesheriff.example',
    phone: '(555) 014-5031',
    preferredContact: 'email',
    roles: ['coordinator'],
    influence: 'medium',
    interest: 'high',
    stage: 'identified',
  });
  const ashworth = person({
    name: 'Kevin Ashworth',
    title: 'Operations Manager',
    organizationId: dispatch,
    sector: 'dispatch',
    email: 'kashworth@riverside911.example',
    phone: '(555) 014-6001',
    influence: 'medium',
    interest: 'medium',
    stage: 'identified',
  });
  const jimenez = person({
    name: 'Capt. Rosa Jimenez',
    title: 'EMS Operations Captain',
    organizationId: ems,
    sector: 'ems-fire',
    email: 'rjimenez@riversideems.example',
    influence: 'medium',
    interest: 'medium',
    stage: 'identified',
  });
  const lindqvist = person({
    name: 'Dr. Hannah Lindqvist',
    title: 'Emergency Department Medical Director',
    organizationId: hospital,
    sector: 'hospital',
    email: 'hlindqvist@stbrigid.example',
    influence: 'high',
    interest: 'medium',
    stage: 'identified',
  });
  const gonzalez = person({
    name: 'Maria Gonzalez, RN',
    title: 'Behavioral Health Nurse Manager',
    organizationId: hospital,
    sector: 'hospital',
    email: 'mgonzalez@stbrigid.example',
    influence: 'low',
    interest: 'high',
    stage: 'identified',
  });
  const osei = person({
    name: 'Judge Raymond Osei',
    title: 'District Judge (mental health docket)',
    organizationId: court,
    sector: 'courts',
    phone: '(555) 014-7010',
    preferredContact: 'phone',
    influence: 'high',
    interest: 'high',
    stage: 'identified',
  });
  person({
    name: 'Carla Benson',
    title: 'Assistant Public Defender',
    organizationId: court,
    sector: 'courts',
    email: 'cbenson@riversidepd.example',
    influence: 'medium',
    interest: 'medium',
    stage: 'identified',
  });
  const albright = person({
    name: 'Commissioner Janet Albright',
    title: 'County Commissioner, District 2',
    organizationId: board,
    sector: 'government',
    email: 'jalbright@riversidecounty.example',
    phone: '(555) 014-8002',
    influence: 'high',
    interest: 'low',
    stage: 'identified',
  });
  person({
    name: 'Derek Fong',
    title: 'Adult Services Program Manager',
    organizationId: humanServices,
    sector: 'social-services',
    email: 'dfong@riversidedhs.example',
    influence: 'medium',
    interest: 'medium',
    stage: 'identified',
  });
  const greene = person({
    name: 'Rev. Samuel Greene',
    title: 'Chair',
    organizationId: interfaith,
    sector: 'community',
    email: 'sgreene@millbrookinterfaith.example',
    influence: 'medium',
    interest: 'high',
    stage: 'identified',
  });
  person({
    name: 'Dr. Lauren Mitchell',
    title: 'Dean of Public Safety Programs',
    organizationId: college,
    sector: 'education',
    email: 'lmitchell@riversidecc.example',
    influence: 'medium',
    interest: 'low',
    stage: 'identified',
  });
  const becker = person({
    name: 'Tom Becker',
    title: 'Volunteer, Family-to-Family teacher',
    organizationId: nami,
    sector: 'advocacy',
    email: 'tbecker@nami-riverside.example',
    phone: '(555) 014-2230',
    influence: 'low',
    interest: 'high',
    stage: 'identified',
  });
  // People with lived experience, and family members: their names stay inside the coalition unless they choose otherwise.
  const whitfield = person({
    name: 'Sam Whitfield',
    title: 'Certified Peer Specialist',
    organizationId: peerCenter,
    sector: 'peer',
    email: 'sam@harborpeer.example',
    preferredContact: 'email',
    livedExperience: true,
    privacy: 'name-only',
    influence: 'medium',
    interest: 'high',
    stage: 'identified',
    notes:
      'Happy to speak at meetings and trainings about his own crisis calls. Contact details only through the peer center.',
  });
  const moreno = person({
    name: 'Alex Moreno',
    sector: 'peer',
    livedExperience: true,
    privacy: 'private',
    preferredContact: 'text',
    phone: '(555) 014-9120',
    influence: 'low',
    interest: 'high',
    stage: 'identified',
    notes:
      'Prefers not to be named outside the coalition. Has offered to review the dispatch questions from the caller’s side.',
  });
  person({
    name: 'Denise Carter',
    sector: 'peer',
    livedExperience: true,
    privacy: 'name-only',
    influence: 'low',
    interest: 'medium',
    stage: 'identified',
    notes: 'Met at the NAMI walk; interested in the advisory side rather than meetings.',
  });
  const pham = person({
    name: 'Linda Pham',
    sector: 'family',
    livedExperience: false,
    privacy: 'name-only',
    email: 'linda.pham@mail.example',
    influence: 'low',
    interest: 'high',
    stage: 'identified',
    tags: ['family voice'],
    notes: 'Her daughter lives with schizophrenia; has called 911 for her several times.',
  });
  person({
    name: 'George Abernathy',
    sector: 'family',
    privacy: 'private',
    phone: '(555) 014-9188',
    influence: 'low',
    interest: 'medium',
    stage: 'identified',
    tags: ['family voice'],
  });
  const sorensen = person({
    name: 'Capt. Neil Sorensen',
    title: 'Captain',
    sector: 'law-enforcement',
    influence: 'medium',
    interest: 'low',
    stage: 'identified',
    notes: 'Harlan Falls Police Department (four officers).',
  });

  // ——— Step One: learning about CIT (ticked by hand: the workspace holds no evidence of reading) ———
  on('2026-09-05');
  run('markStageItem', {
    itemId: 'learn.history',
    status: 'done',
    on: '2026-09-05',
    by: 'Ruth Castellano',
    note: 'Read the Memphis model overview and the core elements with the NAMI board.',
  });
  run('markStageItem', {
    itemId: 'learn.state-nami',
    status: 'done',
    on: '2026-09-05',
    by: 'Ruth Castellano',
    note: 'The state NAMI office sent its CIT contacts and the regional training calendar.',
  });
  on('2026-09-30');
  run('markStageItem', {
    itemId: 'learn.nearby-program',
    status: 'done',
    on: '2026-09-30',
    by: 'Ruth Castellano',
    note: 'Dana Ruiz, coordinator of the Lakeland County program, agreed to talk us through how they started.',
  });

  // ——— Conversations (Step One: foster a coalition of support) ———
  on('2026-09-09', '20:00');
  run('logConversation', {
    date: '2026-09-09',
    stakeholderIds: [okafor],
    heldBy: 'Ruth Castellano',
    channel: 'in-person',
    summary:
      'Coffee at the Orchard Lane office. Walked through what a CIT program is and what the first year might look like.',
    commonGround:
      'The crisis line and the mobile team are ready to take more calls from officers. Both want fewer people waiting in the emergency department.',
    concerns: 'The mobile team has two clinicians on nights; more calls may need more staff.',
    advanceStakeholderIds: [okafor],
    followUp: {
      title: 'Send Dr. Okafor the CIT core elements summary',
      ownerId: ruth,
      ownerName: '',
      dueDate: '2026-09-16',
    },
  });
  on('2026-09-16', '21:00');
  run('logConversation', {
    date: '2026-09-16',
    stakeholderIds: [delgado, whitaker],
    heldBy: 'Ruth Castellano',
    channel: 'in-person',
    summary:
      'Met at the police department. The chief asked for numbers: how many calls each month involve a mental health crisis.',
    commonGround:
      'Officers spend hours at the emergency department with people in crisis and would welcome somewhere else to take them.',
    concerns: 'Staffing for a 40-hour course; overtime costs.',
    advanceStakeholderIds: [delgado, whitaker],
    followUp: {
      title: 'Ask dispatch for last year’s mental health call counts',
      ownerId: delgado,
      ownerName: '',
      dueDate: '2026-10-01',
    },
  });
  on('2026-09-23', '23:00');
  run('logConversation', {
    date: '2026-09-23',
    stakeholderIds: [whitfield, moreno],
    heldBy: 'Ruth Castellano',
    channel: 'in-person',
    summary: 'Listening session at the peer center about what crisis calls felt like from the other side.',
    commonGround: 'A calm voice and plain clothes make the most difference. Both want peers in the training.',
    concerns:
      'Fear of handcuffs and of being taken to jail instead of care. Worry that their stories would be shared without permission.',
    advanceStakeholderIds: [whitfield, moreno],
    followUp: null,
  });
  on('2026-10-02', '18:00');
  run('logConversation', {
    date: '2026-10-02',
    stakeholderIds: [ashworth],
    heldBy: 'Lt. Marcus Delgado',
    channel: 'video',
    summary:
      'Talked about how call-takers code mental health calls today and whether they could be routed to the crisis line.',
    commonGround:
      'Dispatch already keeps a code for mental health calls; numbers can be pulled for the last 12 months.',
    concerns: 'Call-takers would need training and a written protocol before transferring calls.',
    advanceStakeholderIds: [ashworth],
    followUp: null,
  });
  on('2026-10-07', '19:00');
  run('logConversation', {
    date: '2026-10-07',
    stakeholderIds: [osei],
    heldBy: 'Dr. Ellen Okafor',
    channel: 'phone',
    summary: 'Judge Osei runs the mental health docket and offered to help bring the commissioners to the table.',
    commonGround: 'Fewer arrests for people in crisis means fewer cases that end up on his docket.',
    concerns: '',
    advanceStakeholderIds: [osei],
    followUp: {
      title: 'Invite Commissioner Albright to the first stakeholder meeting',
      ownerId: osei,
      ownerName: '',
      dueDate: '2026-10-12',
    },
  });
  on('2026-10-08');
  run('changeStakeholderStage', {
    ids: [hennessy, kowalski, brooks, reed, becker, greene, pham, albright],
    stage: 'contacted',
    on: '2026-10-08',
    note: 'Invited to the first stakeholder meeting',
  });
  run('changeStakeholderStage', {
    ids: [sorensen],
    stage: 'declined',
    on: '2026-10-08',
    note: 'Too few officers to spare this year; asked to be kept informed.',
  });

  // ——— The first stakeholder meeting ———
  on('2026-10-08', '16:00');
  const firstMeeting = idOf(
    run('addMeeting', {
      title: 'First stakeholder meeting',
      kind: 'first-convening',
      date: '2026-10-15',
      startTime: '18:00',
      durationMinutes: 90,
      location: 'Millbrook Public Library, Community Room',
      inviteeIds: [
        ruth,
        okafor,
        reed,
        delgado,
        whitaker,
        hennessy,
        kowalski,
        brooks,
        ashworth,
        whitfield,
        moreno,
        osei,
        albright,
        becker,
        greene,
        pham,
      ],
      templateId: 'first-stakeholder-meeting',
    }),
  );
  on('2026-10-15', '23:45');
  run('updateMeeting', { id: firstMeeting, changes: { status: 'held' } });
  const present = [
    ruth,
    okafor,
    reed,
    delgado,
    kowalski,
    brooks,
    ashworth,
    whitfield,
    moreno,
    osei,
    becker,
    greene,
    pham,
  ];
  run('setAttendance', {
    meetingId: firstMeeting,
    marks: [
      ...present.map((stakeholderId) => ({ stakeholderId, status: 'present' as const })),
      { stakeholderId: whitaker, status: 'regrets' as const },
      { stakeholderId: hennessy, status: 'regrets' as const },
      { stakeholderId: albright, status: 'absent' as const },
    ],
  });
  run('addGuest', { meetingId: firstMeeting, name: 'Dana Ruiz', organization: 'Lakeland County CIT program' });
  run('startMinutes', { meetingId: firstMeeting });
  run('updateMinutes', { meetingId: firstMeeting, recorder: 'Tom Becker' });
  const minutesItem = (meetingId: string, title: string) => {
    const item = doc.meetings.find((m) => m.id === meetingId)?.minutes?.items.find((i) => i.title === title);
    if (!item) throw new Error(`No minutes item "${title}"`);
    return item.id;
  };
  run('updateMinutesItem', {
    meetingId: firstMeeting,
    itemId: minutesItem(firstMeeting, 'How crisis calls are handled here today'),
    changes: {
      notes:
        'Officers wait four to six hours with a person at St. Brigid before a clinician sees them. The mobile team is rarely called by officers, mostly because they do not know it exists at night.',
    },
  });
  const steeringItem = minutesItem(firstMeeting, 'Forming a steering committee');
  run('addDecision', {
    meetingId: firstMeeting,
    itemId: steeringItem,
    decision: {
      text: 'Form a steering committee, chaired by Dr. Ellen Okafor, with Beth Kowalski as interim CIT coordinator.',
      vote: null,
    },
  });
  const nextStepsItem = minutesItem(firstMeeting, 'Action items and next meeting');
  run('addMeetingActionItem', {
    meetingId: firstMeeting,
    itemId: nextStepsItem,
    fields: {
      title: 'Invite Riverside County EMS and St. Brigid’s emergency department to the steering committee',
      ownerId: ruth,
      ownerName: '',
      dueDate: '2026-11-05',
      status: 'done',
      workgroupId: null,
      notes: '',
    },
  });
  run('addMeetingActionItem', {
    meetingId: firstMeeting,
    itemId: nextStepsItem,
    fields: {
      title: 'Find out about CIT coordinator training',
      ownerId: kowalski,
      ownerName: '',
      dueDate: '2026-11-30',
      status: 'in-progress',
      workgroupId: null,
      notes: '',
    },
  });
  run('addMeetingActionItem', {
    meetingId: firstMeeting,
    itemId: nextStepsItem,
    fields: {
      title: 'Arrange a visit to the Lakeland County CIT program',
      ownerId: becker,
      ownerName: '',
      dueDate: '2026-12-15',
      status: 'open',
      workgroupId: null,
      notes: 'Dana Ruiz offered to host a ride-along and a coordinator meeting.',
    },
  });
  run('changeStakeholderStage', {
    ids: [okafor, kowalski, ruth, delgado],
    stage: 'steering-committee',
    on: '2026-10-15',
    note: 'Agreed at the first stakeholder meeting',
  });
  run('changeStakeholderStage', {
    ids: [reed, brooks, becker, greene, whitfield, pham],
    stage: 'committed',
    on: '2026-10-15',
    note: 'Signed up at the first stakeholder meeting',
  });
  // The early follow-ups were done before the meeting.
  const followUps = doc.actionItems.filter((item) => item.source.kind === 'conversation').map((item) => item.id);
  run('setActionItemStatus', { ids: followUps, status: 'done' });

  // ——— A workgroup ———
  on('2026-10-20');
  const dispatchGroup = idOf(
    run('addWorkgroup', {
      name: 'Dispatch and crisis line workgroup',
      focus: 'dispatch',
      charge:
        'Write a protocol for 911 call-takers to recognise mental health crisis calls and, where it is safe, transfer them to the crisis line or send the mobile crisis team with or instead of officers.',
      leadId: reed,
      memberIds: [reed, ashworth, brooks, natarajan, moreno],
      status: 'active',
      formedOn: '2026-10-20',
      closedOn: null,
      statusLine: 'Collecting 12 months of call data; first draft of the call-taker questions under review.',
    }),
  );
  run('addActionItem', {
    title: 'Pull 12 months of mental health call counts from the dispatch system',
    ownerId: ashworth,
    ownerName: '',
    dueDate: '2026-11-20',
    status: 'done',
    source: { kind: 'workgroup', id: dispatchGroup },
    workgroupId: dispatchGroup,
    notes: '',
  });
  run('addActionItem', {
    title: 'Draft the call-taker screening questions',
    ownerId: reed,
    ownerName: '',
    dueDate: '2026-12-04',
    status: 'in-progress',
    source: { kind: 'workgroup', id: dispatchGroup },
    workgroupId: dispatchGroup,
    notes: 'Alex Moreno to review the wording from the caller’s side.',
  });
  run('changeStakeholderStage', {
    ids: [natarajan, ashworth, moreno],
    stage: 'committed',
    on: '2026-10-20',
    note: 'Joined the dispatch and crisis line workgroup',
  });

  // ——— The steering committee ———
  on('2026-11-05', '16:00');
  const november = idOf(
    run('addMeeting', {
      title: 'Steering committee',
      kind: 'steering-committee',
      date: '2026-11-12',
      startTime: '15:30',
      durationMinutes: 60,
      location: 'Riverside Behavioral Health Center, Room 2B',
      videoLink: 'https://meet.example/riverside-cit',
      inviteeIds: [okafor, kowalski, ruth, delgado, reed, brooks, becker, greene, whitfield, pham, jimenez, lindqvist],
      templateId: 'steering-committee',
    }),
  );
  on('2026-11-12', '23:00');
  run('updateMeeting', { id: november, changes: { status: 'held' } });
  run('setAttendance', {
    meetingId: november,
    marks: [
      ...[okafor, kowalski, ruth, delgado, reed, brooks, becker, whitfield, jimenez].map((stakeholderId) => ({
        stakeholderId,
        status: 'present' as const,
      })),
      { stakeholderId: greene, status: 'regrets' as const },
      { stakeholderId: pham, status: 'late' as const },
      { stakeholderId: lindqvist, status: 'absent' as const },
    ],
  });
  run('approveMinutes', { meetingId: firstMeeting, approvedOn: '2026-11-12', approvedAtMeetingId: november });
  run('changeStakeholderStage', {
    ids: [jimenez],
    stage: 'committed',
    on: '2026-11-12',
    note: 'Came to the November steering committee',
  });
  run('changeStakeholderStage', {
    ids: [lindqvist, gonzalez],
    stage: 'contacted',
    on: '2026-11-05',
    note: 'Invited to the steering committee',
  });

  on('2026-11-13', '17:00');
  run('addMeeting', {
    title: 'Steering committee',
    kind: 'steering-committee',
    date: '2026-12-10',
    startTime: '15:30',
    durationMinutes: 60,
    location: 'Riverside Behavioral Health Center, Room 2B',
    videoLink: 'https://meet.example/riverside-cit',
    inviteeIds: [
      okafor,
      kowalski,
      ruth,
      delgado,
      reed,
      brooks,
      becker,
      greene,
      whitfield,
      pham,
      jimenez,
      lindqvist,
      ashworth,
    ],
    templateId: 'steering-committee',
  });
  run('addActionItem', {
    title: 'Prepare a one-page summary of the program for the Board of Commissioners',
    ownerId: okafor,
    ownerName: '',
    dueDate: '2026-12-01',
    status: 'open',
    source: { kind: 'manual', id: null },
    workgroupId: null,
    notes: '',
  });
  run('addActionItem', {
    title: 'Ask Riverside Community College about training space for the 40-hour course',
    ownerId: brooks,
    ownerName: '',
    dueDate: '2027-01-15',
    status: 'open',
    source: { kind: 'manual', id: null },
    workgroupId: null,
    notes: '',
  });

  return WorkspaceDocument.parse(doc);
}

/** Builds the sample, checks it reads back as a workspace, and writes it. */
export async function writeSample(target = SAMPLE_FILE): Promise<WorkspaceDocument> {
  const doc = buildSample();
  const text = serializeWorkspace(doc);
  parseWorkspaceText(text, target, { defaultTimeZone: 'America/Chicago' });
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  return doc;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const doc = await writeSample();
  console.log(
    `Wrote ${path.relative(process.cwd(), SAMPLE_FILE)}: ${doc.organizations.length} organizations, ${doc.stakeholders.length} people, ${doc.conversations.length} conversations, ${doc.meetings.length} meetings, ${doc.actionItems.length} action items, ${doc.workgroups.length} workgroup(s).`,
  );
}

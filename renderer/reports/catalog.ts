import type { SavedExport } from '../../src/api/context';
import type { MethodInput, MethodName, MethodOutput } from '../../src/api/contract';
import { longDay } from '../../src/model/wallClock';
import type { WorkspaceDocument } from '../../src/workspace/document';

/**
 * Every export the app offers, in one registry: the Reports screen is built from it. Each entry
 * names one export method of the contract (src/api/contract.ts, methods whose names start with
 * "export"), says in plain words what the document is for, and lists the options it takes, so
 * the screen can ask for them. A feature that adds an export adds one entry here; the unit test
 * tests/unit/stages-reports-catalog.test.ts fails until it does, and checks that the options
 * produce input the method accepts.
 *
 * Data only (no components), so it can be read in Node by that test.
 */
export type ExportMethod = Extract<MethodName, `export${string}`>;

export interface Choice {
  value: string;
  label: string;
}

/** A record to pick (a meeting, a workgroup): its choices come from the open workspace. */
export interface RecordOption {
  kind: 'record';
  /** The input key the id goes in, e.g. "meetingId". */
  key: string;
  label: string;
  choices(doc: WorkspaceDocument): Choice[];
  /** Said instead of the picker when there is nothing to choose. */
  emptyText: string;
}

export type ReportOption =
  /** Share-safe (honour each person's privacy choice) or the coalition's own copy. Input key `shareSafe`. */
  | { kind: 'privacy' }
  /** A period, keys `from` and `to`, both optional. */
  | { kind: 'dateRange'; description: string }
  /** A yes/no choice under its own key. */
  | { kind: 'flag'; key: string; label: string; description: string }
  | RecordOption
  /** Some people, or everyone: key `ids` (left out for everyone unless `required`). */
  | { kind: 'people'; label: string; required: boolean };

export type ReportFormat = 'Word' | 'CSV' | 'Calendar' | 'Contact cards' | 'Workspace file' | 'Zip of CSV files';

export type ReportGroup = 'Progress' | 'Stakeholders' | 'Meetings' | 'Workgroups and policies' | 'Training and data' | 'Resource directory' | 'Recognition' | 'Workspace';

export interface ReportEntry {
  method: ExportMethod;
  title: string;
  description: string;
  format: ReportFormat;
  group: ReportGroup;
  options: ReportOption[];
}

const byTitle = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

const meetingChoices = (doc: WorkspaceDocument): Choice[] =>
  [...doc.meetings]
    .filter((m) => m.status !== 'cancelled')
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((m) => ({ value: m.id, label: `${m.title} (${longDay(m.date)})` }));

const privacy: ReportOption = { kind: 'privacy' };

const classChoices = (doc: WorkspaceDocument): Choice[] => {
  const courses = new Map(doc.trainingCourses.map((c) => [c.id, c.name]));
  return [...doc.trainingClasses]
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
    .map((c) => ({ value: c.id, label: `${courses.get(c.courseId) ?? 'Class'} (${longDay(c.startsOn)})` }));
};

export const REPORT_CATALOG: readonly ReportEntry[] = [
  {
    method: 'exportProgressReportDocx',
    title: 'Where we are',
    description:
      'Every stage of building the program, each item with its status and what your records show, and the next steps.',
    format: 'Word',
    group: 'Progress',
    options: [privacy],
  },
  {
    method: 'exportStatusReportDocx',
    title: 'Steering committee status report',
    description:
      'For the leadership of partner agencies: progress, who is at the table, action items done and overdue, upcoming meetings, workgroups, policies awaiting adoption and recognition.',
    format: 'Word',
    group: 'Progress',
    options: [
      { kind: 'dateRange', description: 'What was done in this period. Leave empty for the last 30 days.' },
      privacy,
    ],
  },
  {
    method: 'exportProgramDataReportDocx',
    title: 'Program data report',
    description:
      'For the committee and funders: a chart and a table of each measure by quarter, and the share of calls diverted from jail. The share-safe version shows counts from 1 to 4 as “fewer than 5”.',
    format: 'Word',
    group: 'Training and data',
    options: [privacy],
  },
  {
    method: 'exportRosterDocx',
    title: 'Stakeholder roster',
    description: 'Everyone the coalition is working with, in a table per sector, shown as each person allows.',
    format: 'Word',
    group: 'Stakeholders',
    options: [
      {
        kind: 'flag',
        key: 'includeInactive',
        label: 'Include people who declined or are inactive',
        description: 'Left out unless you tick this.',
      },
    ],
  },
  {
    method: 'exportStakeholdersCsv',
    title: 'Stakeholder list (spreadsheet)',
    description: 'The stakeholder list as a CSV file for a spreadsheet or a mail merge.',
    format: 'CSV',
    group: 'Stakeholders',
    options: [{ kind: 'people', label: 'People', required: false }, privacy],
  },
  {
    method: 'exportVcards',
    title: 'Contact cards',
    description: 'Contact cards (.vcf) for an address book. People who asked not to be shared are left out.',
    format: 'Contact cards',
    group: 'Stakeholders',
    options: [{ kind: 'people', label: 'People', required: true }],
  },
  {
    method: 'exportAgendaDocx',
    title: 'Meeting agenda',
    description: 'A meeting’s agenda with start times, the action items under review and space for notes.',
    format: 'Word',
    group: 'Meetings',
    options: [
      { kind: 'record', key: 'meetingId', label: 'Meeting', choices: meetingChoices, emptyText: 'No meetings yet.' },
    ],
  },
  {
    method: 'exportMeetingPacketDocx',
    title: 'Meeting packet',
    description: 'Everything members read before a meeting: contents, agenda, the last minutes to approve, open action items and the reports the agenda names.',
    format: 'Word',
    group: 'Meetings',
    options: [
      { kind: 'record', key: 'meetingId', label: 'Meeting', choices: meetingChoices, emptyText: 'No meetings yet.' },
    ],
  },
  {
    method: 'exportSignInSheetDocx',
    title: 'Sign-in sheet',
    description: 'Invitees printed with a column to sign, and blank rows for guests. People who asked not to be named are left off.',
    format: 'Word',
    group: 'Meetings',
    options: [
      { kind: 'record', key: 'meetingId', label: 'Meeting', choices: meetingChoices, emptyText: 'No meetings yet.' },
    ],
  },
  {
    method: 'exportMeetingNameTentsDocx',
    title: 'Name tents for a meeting',
    description: 'One folded page per invitee, readable from both sides. People who asked not to be named get a blank tent.',
    format: 'Word',
    group: 'Meetings',
    options: [
      { kind: 'record', key: 'meetingId', label: 'Meeting', choices: meetingChoices, emptyText: 'No meetings yet.' },
      {
        kind: 'flag',
        key: 'forRoomOnly',
        label: 'A closed meeting: print every name',
        description: 'Only for a room where everyone already knows each other.',
      },
    ],
  },
  {
    method: 'exportMinutesDocx',
    title: 'Meeting minutes',
    description: 'Attendance, quorum, notes, decisions and votes, new action items and the next meeting.',
    format: 'Word',
    group: 'Meetings',
    options: [
      {
        kind: 'record',
        key: 'meetingId',
        label: 'Meeting',
        choices: (doc) => meetingChoices({ ...doc, meetings: doc.meetings.filter((m) => m.minutes !== null) }),
        emptyText: 'No meeting has minutes yet.',
      },
    ],
  },
  {
    method: 'exportMeetingIcs',
    title: 'Calendar invitation',
    description: 'A calendar file for one meeting, to send with the invitation.',
    format: 'Calendar',
    group: 'Meetings',
    options: [
      { kind: 'record', key: 'meetingId', label: 'Meeting', choices: meetingChoices, emptyText: 'No meetings yet.' },
    ],
  },
  {
    method: 'exportSeriesIcs',
    title: 'Calendar for a recurring meeting',
    description: 'A calendar file with every meeting of a series, such as the monthly steering committee.',
    format: 'Calendar',
    group: 'Meetings',
    options: [
      {
        kind: 'record',
        key: 'seriesId',
        label: 'Series',
        choices: (doc) => {
          const series = new Map<string, string>();
          for (const m of doc.meetings) if (m.series) series.set(m.series.id, m.series.name);
          return [...series].map(([value, label]) => ({ value, label })).sort(byTitle);
        },
        emptyText: 'No recurring meetings yet.',
      },
    ],
  },
  {
    method: 'exportWorkgroupReportDocx',
    title: 'Workgroup report',
    description: 'A workgroup’s report to the steering committee: charge, members, status, action items and policies.',
    format: 'Word',
    group: 'Workgroups and policies',
    options: [
      {
        kind: 'record',
        key: 'workgroupId',
        label: 'Workgroup',
        choices: (doc) => doc.workgroups.map((w) => ({ value: w.id, label: w.name })).sort(byTitle),
        emptyText: 'No workgroups yet.',
      },
    ],
  },
  {
    method: 'exportPolicyRevisionLogDocx',
    title: 'Policy revision log',
    description: 'A policy’s revision history, the partner agencies’ signatures and the current text.',
    format: 'Word',
    group: 'Workgroups and policies',
    options: [
      {
        kind: 'record',
        key: 'policyId',
        label: 'Policy',
        choices: (doc) => doc.policies.map((p) => ({ value: p.id, label: p.title })).sort(byTitle),
        emptyText: 'No policies yet.',
      },
    ],
  },
  {
    method: 'exportTrainingSummaryDocx',
    title: 'Training summary',
    description: 'For the steering committee: classes held, who completed them by agency and role, each agency’s share trained against its aim, and refreshers due. Trainees are counted, not named.',
    format: 'Word',
    group: 'Training and data',
    options: [{ kind: 'dateRange', description: 'Classes held in this period. Leave empty for the past year.' }],
  },
  {
    method: 'exportSeatsRosterDocx',
    title: 'Steering committee seats and terms',
    description:
      'Who holds each seat on the steering committee and until when, seats to fill or renew in the next 60 days, the officers and who sat in each seat before. Declarations of interest are shown only as made or not.',
    format: 'Word',
    group: 'Progress',
    options: [],
  },
  {
    method: 'exportClassRosterDocx',
    title: 'Class roster and sign-in sheet',
    description: 'The trainees of a class with their agencies, and a sheet to sign in on each day.',
    format: 'Word',
    group: 'Training and data',
    options: [{ kind: 'record', key: 'classId', label: 'Class', choices: classChoices, emptyText: 'No training classes yet.' }],
  },
  {
    method: 'exportCompletionCertificatesDocx',
    title: 'Certificates of completion',
    description: 'One certificate for each trainee who completed a class.',
    format: 'Word',
    group: 'Training and data',
    options: [{ kind: 'record', key: 'classId', label: 'Class', choices: classChoices, emptyText: 'No training classes yet.' }],
  },
  {
    method: 'exportProgrammeDocx',
    title: 'Ceremony program',
    description:
      'The printed program of a recognition event: run of show, honorees with citations, and thanks to the partners.',
    format: 'Word',
    group: 'Recognition',
    options: [
      {
        kind: 'record',
        key: 'eventId',
        label: 'Event',
        choices: eventChoices,
        emptyText: 'No recognition events yet.',
      },
    ],
  },
  {
    method: 'exportCertificatesDocx',
    title: 'Certificates',
    description: 'One framed certificate per honoree of a recognition event, ready to print and sign.',
    format: 'Word',
    group: 'Recognition',
    options: [
      {
        kind: 'record',
        key: 'eventId',
        label: 'Event',
        choices: eventChoices,
        emptyText: 'No recognition events yet.',
      },
    ],
  },
  {
    method: 'exportCeremonyNameTentsDocx',
    title: 'Name tents for a ceremony',
    description: 'One folded page for each honoree and speaker of a recognition event.',
    format: 'Word',
    group: 'Recognition',
    options: [
      { kind: 'record', key: 'eventId', label: 'Event', choices: eventChoices, emptyText: 'No recognition events yet.' },
    ],
  },
  {
    method: 'exportPocketCardDocx',
    title: 'Pocket resource card',
    description: 'The services an officer needs at any hour, receiving facilities and round-the-clock services first, on one folded page.',
    format: 'Word',
    group: 'Resource directory',
    options: [],
  },
  {
    method: 'exportDirectoryDocx',
    title: 'Resource directory',
    description: 'Every service in the coalition’s order, grouped by kind: who it serves, hours, how to refer, phone and address.',
    format: 'Word',
    group: 'Resource directory',
    options: [],
  },
  {
    method: 'exportDirectoryPackage',
    title: 'Directory for other systems (Open Referral)',
    description: 'The directory as Open Referral (HSDS 3.0) files in one .zip, for a 211 service or another coalition.',
    format: 'Zip of CSV files',
    group: 'Resource directory',
    options: [],
  },
  {
    method: 'exportShareSafeCopy',
    title: 'Share-safe copy of the workspace',
    description:
      'A copy of the whole workspace to give a partner, without contact details, private notes, lived experience or history.',
    format: 'Workspace file',
    group: 'Workspace',
    options: [],
  },
];

function eventChoices(doc: WorkspaceDocument): Choice[] {
  return [...doc.recognitionEvents]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((e) => ({ value: e.id, label: `${e.title} (${longDay(e.date)})` }));
}

export const REPORT_GROUPS: readonly ReportGroup[] = ['Progress', 'Stakeholders', 'Meetings', 'Workgroups and policies', 'Training and data', 'Resource directory', 'Recognition', 'Workspace'];

/** What a person chose on a report's card. */
export interface OptionValues {
  shareSafe: boolean;
  from: string | null;
  to: string | null;
  flags: Record<string, boolean>;
  records: Record<string, string | null>;
  /** Chosen people; an empty list means everyone where that is allowed. */
  people: string[];
}

export const DEFAULT_VALUES: OptionValues = {
  shareSafe: true,
  from: null,
  to: null,
  flags: {},
  records: {},
  people: [],
};

/**
 * The method's input from the choices on the card. Returns the reason instead when a required
 * choice is missing, so the card can say what to pick before anything is sent.
 */
export function buildInput(
  entry: ReportEntry,
  values: OptionValues,
): { input: MethodInput<ExportMethod> } | { missing: string } {
  const input: Record<string, unknown> = {};
  for (const option of entry.options) {
    switch (option.kind) {
      case 'privacy':
        input.shareSafe = values.shareSafe;
        break;
      case 'dateRange':
        if (values.from) input.from = values.from;
        if (values.to) input.to = values.to;
        break;
      case 'flag':
        input[option.key] = values.flags[option.key] ?? false;
        break;
      case 'record': {
        const id = values.records[option.key];
        if (!id) return { missing: `Choose a ${option.label.toLowerCase()} first.` };
        input[option.key] = id;
        break;
      }
      case 'people':
        if (values.people.length > 0) input.ids = values.people;
        else if (option.required) return { missing: 'Choose at least one person first.' };
        break;
    }
  }
  return { input: input as MethodInput<ExportMethod> };
}

/**
 * What an export answers, from the contract: the saved file (null when the person cancelled), or
 * that file wrapped with counts, e.g. { saved, included, leftOut } for the stakeholder list.
 */
export type ExportResult = MethodOutput<ExportMethod>;

/** A file wrapped with counts; the screen speaks of the file and of anyone left out. */
interface WrappedFile {
  saved: SavedExport | null;
  leftOut?: number;
}

/** What an export answered, in words. Null when nothing was saved. */
export function describeSaved<Answer extends ExportResult | WrappedFile>(result: Answer): string | null {
  const answer: SavedExport | WrappedFile | null = result;
  if (!answer) return null;
  const file = 'saved' in answer ? answer.saved : answer;
  if (!file) return null;
  const leftOut = 'saved' in answer ? (answer.leftOut ?? 0) : 0;
  const note = leftOut > 0 ? ` (${leftOut === 1 ? '1 person' : `${leftOut} people`} left out at their request)` : '';
  return `${file.fileName}${note}`;
}

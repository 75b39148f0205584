import type { Random } from './random';

/**
 * Names and prose for a generated coalition. Names mix scripts and accents (the app must keep
 * and print them), and prose is assembled from clauses to a chosen length, so fields vary from a
 * few words to several paragraphs as real notes and minutes do.
 */
export const FIRST_NAMES = [
  'Dana', 'Luis', 'Grace', 'Sam', 'Ruth', 'José', 'Priya', 'Maya', 'Tom', 'Hannah', 'Marcus', 'Aisha', 'Chen',
  'Olga', 'Kwame', 'Fatima', 'Noah', 'Elena', 'Ravi', 'Zoë', 'Siobhán', 'Björn', 'Amélie', 'Nguyễn Thị', 'Łukasz',
  'Renée', 'Jürgen', 'Ngozi', 'Ana María', 'Søren', 'Dmitri', 'Keanu', 'Mei-Ling', 'Óscar', 'Yaw', 'Thandiwe',
  'Hiroshi', 'Carmen', 'Malik', 'Inés', 'Wren', 'Tariq', 'Esperanza', 'Declan', 'Ama', 'Bao', 'Lakshmi', 'Jean-Luc',
];
export const LAST_NAMES = [
  'Whitfield', 'Ortiz', 'Kim', 'Lee', 'Alvarez', 'Núñez', 'Raman', 'Okafor', 'Becker', 'Wolfe', 'Bell', 'Haddad',
  'Nguyen', 'Petrova', 'Mensah', 'Rahman', 'Miller', 'Rossi', 'Patel', 'Schmidt', 'O’Brien', 'Gómez-Ruiz',
  'Kowalczyk', 'Müller', 'Åberg', 'Takahashi', 'Adeyemi', 'Van der Berg', 'Çelik', 'Dubois', 'Fernández',
  'Ivanović', 'Ní Bhriain', 'Yazzie', 'Begay', 'Oyelaran', 'Tanaka', 'Brennan', 'Castellanos', 'Lindqvist',
];
const PLACES = ['North', 'South', 'East', 'West', 'Central', 'River', 'Lake', 'Hill', 'Prairie', 'Cedar', 'Pine', 'Harbor'];
const PLACE_KINDS = ['County', 'City', 'Valley', 'Township', 'Parish', 'Borough'];
export const AGENCIES = [
  'Police Department', "Sheriff's Office", '911 Communications Center', 'Crisis Stabilization Center', 'Regional Hospital',
  'Fire & EMS', 'NAMI Affiliate', 'District Court', 'Department of Human Services', 'Unified School District',
  'Community Mental Health Center', 'Public Defender’s Office', "Prosecutor's Office", 'Peer Support Network',
  'Faith Alliance', 'Housing Authority', 'Veterans Services', 'State University', 'City Council', 'Behavioral Health Authority',
];
export const TITLES = [
  'Sergeant', 'Lieutenant', 'Captain', 'Chief of Police', 'Sheriff', 'Deputy', 'Dispatcher', 'Dispatch Supervisor',
  'Clinician', 'Crisis Counselor', 'Program Director', 'Executive Director', 'Volunteer', 'Peer Specialist',
  'Judge', 'Public Defender', 'Nurse Manager', 'ER Physician', 'Council Member', 'Case Manager', 'Family Advocate', '',
];
export const TAGS = [
  'champion', 'training', 'dispatch', 'data', 'funding', 'recognition', 'policy', 'skeptical', 'ally', 'night shift',
  'rural', 'Spanish-speaking', 'veteran', 'youth', 'peer', 'family', 'hospital board', 'union', 'grant writer', 'press',
];

const SUBJECTS = [
  'the forty-hour training week', 'dispatch call coding', 'the drop-off at the crisis center', 'emergency room wait times',
  'the memorandum with the hospital', 'officer overtime for training', 'the peer panel', 'data on repeat calls',
  'the next graduation', 'coverage on night shifts', 'a receiving facility that takes walk-ins', 'the family panel',
  'jail diversion numbers', 'the county budget cycle', 'role-play scenarios', 'the mobile crisis team', 'transport rules',
  'the release of information form', 'follow-up visits after a call', 'recognition of the dispatchers',
];
const VERBS = [
  'talked through', 'raised questions about', 'agreed to look into', 'wants updates on', 'offered help with',
  'has concerns about', 'reported progress on', 'asked for figures on', 'will bring a proposal on', 'supports changes to',
];
const TAILS = [
  'before the next steering committee meeting', 'once the board has met', 'with the union representative present',
  'and will share it with the workgroup', 'after talking to the shift commanders', 'as soon as the grant is confirmed',
  'in time for the spring class', 'with input from families', 'so it can go to council in the fall', '',
];
const OPENERS = ['', 'Overall, ', 'In short, ', 'Again, ', 'Notably, ', 'As before, ', 'For the record, '];
const PEOPLE_WORDS = ['The lieutenant', 'The director', 'She', 'He', 'They', 'The chair', 'The coordinator', 'Our host', 'The clinician'];

export function personName(random: Random): string {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  return random.chance(0.04) ? `${first} ${random.pick(LAST_NAMES)}-${last}` : `${first} ${last}`;
}

export function organizationName(random: Random, n: number): string {
  return `${random.pick(PLACES)} ${random.pick(PLACE_KINDS)} ${random.pick(AGENCIES)}${n > 0 ? ` (${n})` : ''}`;
}

export function sentence(random: Random): string {
  const tail = random.pick(TAILS);
  const line = `${random.pick(OPENERS)}${random.pick(PEOPLE_WORDS).toLowerCase()} ${random.pick(VERBS)} ${random.pick(SUBJECTS)}${tail ? ` ${tail}` : ''}.`;
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** Prose of about `chars` characters, in paragraphs of a few sentences. */
export function prose(random: Random, chars: number): string {
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const parts: string[] = [];
    const count = random.int(2, 5);
    for (let i = 0; i < count && total < chars; i += 1) {
      const s = sentence(random);
      parts.push(s);
      total += s.length + 1;
    }
    paragraphs.push(parts.join(' '));
  }
  return paragraphs.join('\n\n');
}

/** A short line, e.g. a title: one clause, cut to `max`. */
export function line(random: Random, max = 120): string {
  const text = `${random.pick(['Review', 'Plan', 'Update on', 'Decide on', 'Report on', 'Draft', 'Follow up on'])} ${random.pick(SUBJECTS)}`;
  return text.length > max ? text.slice(0, max).trimEnd() : text;
}

/** Policy text: numbered sections with headings, the long documents that revisions carry. */
export function policyText(random: Random, chars: number): string {
  const sections: string[] = [];
  let total = 0;
  for (let n = 1; total < chars; n += 1) {
    const body = prose(random, random.length(500, 3000));
    const section = `${n}. ${random.pick(['Purpose', 'Definitions', 'Procedure', 'Responsibilities', 'Dispatch', 'Transport', 'Information sharing', 'Training', 'Review'])}\n\n${body}`;
    sections.push(section);
    total += section.length;
  }
  return sections.join('\n\n');
}

import { performance } from 'node:perf_hooks';
import type { BenchRow } from './run';
import { rosterDocx } from '../src/export/roster';
import { Sector } from '../src/model/sector';
import { EngagementStage, ProgramRole, type Stakeholder } from '../src/model/stakeholder';
import type { Conversation } from '../src/model/conversation';
import type { Organization } from '../src/model/organization';
import { emptyWorkspace, WorkspaceDocument } from '../src/model/workspace';
import { coverageBySector } from '../src/stakeholders/coverage';
import { previewCsv } from '../src/stakeholders/csvImport';
import { filterStakeholders, NO_FILTER, type StakeholderFilter } from '../src/stakeholders/filter';
import { previewStakeholderRemoval } from '../src/stakeholders/removal';
import { organizationsById } from '../src/stakeholders/sectorOf';

/**
 * The coalition map at a size no real coalition reaches (10,000 people, 30,000 conversations),
 * generated from a seed so every run measures the same workspace.
 */

/** A small, fast, seeded random source (mulberry32): the same seed gives the same coalition. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Dana',
  'Luis',
  'Grace',
  'Sam',
  'Ruth',
  'José',
  'Priya',
  'Maya',
  'Tom',
  'Hannah',
  'Marcus',
  'Aisha',
  'Chen',
  'Olga',
  'Kwame',
  'Fatima',
  'Noah',
  'Elena',
  'Ravi',
  'Zoë',
];
const LAST = [
  'Whitfield',
  'Ortiz',
  'Kim',
  'Lee',
  'Alvarez',
  'Núñez',
  'Raman',
  'Okafor',
  'Becker',
  'Wolfe',
  'Bell',
  'Haddad',
  'Nguyen',
  'Petrova',
  'Mensah',
  'Rahman',
  'Miller',
  'Rossi',
  'Patel',
  'Schmidt',
];
const AGENCY = [
  'Police Department',
  "Sheriff's Office",
  '911 Communications',
  'Crisis Center',
  'Hospital',
  'Fire Department',
  'NAMI',
  'District Court',
  'Human Services',
  'Unified School District',
  'Church',
  'City Council',
];
const TAGS = [
  'champion',
  'training',
  'dispatch',
  'data',
  'funding',
  'recognition',
  'policy',
  'skeptical',
  'ally',
  'night shift',
];

export function generateCoalition(
  seed = 20250303,
  sizes = { stakeholders: 10_000, conversations: 30_000, organizations: 400 },
): WorkspaceDocument {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const id = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;
  const stamp = '2025-03-01T12:00:00.000Z';
  const doc = emptyWorkspace({
    name: 'Benchmark County CIT Coalition',
    community: 'Benchmark County',
    timeZone: 'America/Chicago',
    now: new Date(stamp),
  });

  const organizations: Organization[] = Array.from({ length: sizes.organizations }, (_, i) => ({
    id: id('org', i),
    name: `${pick(['North', 'South', 'East', 'West', 'Central', 'River', 'Lake', 'Hill'])} ${pick(['County', 'City', 'Valley', 'Township'])} ${pick(AGENCY)} ${i}`,
    sector: pick(Sector.options),
    address: '',
    website: '',
    notes: '',
  }));
  const stakeholders: Stakeholder[] = Array.from({ length: sizes.stakeholders }, (_, i) => {
    const stage = pick(EngagementStage.options);
    const first = pick(FIRST);
    const last = pick(LAST);
    return {
      id: id('st', i),
      name: `${first} ${last}`,
      title: pick(['Sergeant', 'Clinician', 'Director', 'Volunteer', 'Supervisor', 'Judge', '']),
      organizationId: random() < 0.85 ? pick(organizations).id : null,
      sector: random() < 0.3 ? 'other' : pick(Sector.options),
      email: `${first}.${last}.${i}@example.org`.toLowerCase(),
      phone: `555-${String(Math.floor(random() * 1000)).padStart(3, '0')}-${String(i % 10000).padStart(4, '0')}`,
      preferredContact: 'any',
      tags: Array.from({ length: Math.floor(random() * 3) }, () => pick(TAGS)),
      notes:
        random() < 0.4
          ? `Met at the ${pick(['town hall', 'forum', 'training', 'council meeting'])}; follow up about ${pick(TAGS)}.`
          : '',
      livedExperience: random() < 0.08,
      privacy: random() < 0.1 ? 'private' : random() < 0.2 ? 'name-only' : 'public',
      roles: random() < 0.05 ? [pick(ProgramRole.options)] : [],
      influence: pick(['low', 'medium', 'high'] as const),
      interest: pick(['low', 'medium', 'high'] as const),
      stage,
      stageHistory: [
        { stage: 'identified', on: '2024-09-01', note: '' },
        ...(stage === 'identified' ? [] : [{ stage, on: '2025-01-15', note: '' }]),
      ],
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  const conversations: Conversation[] = Array.from({ length: sizes.conversations }, (_, i) => ({
    id: id('cv', i),
    date: `2025-0${1 + Math.floor(random() * 2)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`,
    stakeholderIds: [pick(stakeholders).id, ...(random() < 0.2 ? [pick(stakeholders).id] : [])].filter(
      (v, k, all) => all.indexOf(v) === k,
    ),
    heldBy: pick(['Maria', 'Convener', 'Chair']),
    channel: pick(['in-person', 'phone', 'video', 'email'] as const),
    summary: 'Talked about crisis response and the 40-hour training.',
    commonGround: random() < 0.5 ? 'Fewer emergency room holds.' : '',
    concerns: random() < 0.3 ? 'Overtime for training.' : '',
    followUpIds: [],
    createdAt: stamp,
  }));
  return WorkspaceDocument.parse({ ...doc, organizations, stakeholders, conversations });
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function time<T>(fn: () => T | Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** A 5,000-row spreadsheet like an agency export, a tenth of it people already in the workspace. */
function importCsv(doc: WorkspaceDocument, rows = 5_000, seed = 7): string {
  const random = seededRandom(seed);
  const lines = ['First Name,Last Name,Agency,Title,E-mail,Phone,Notes'];
  for (let i = 0; i < rows; i += 1) {
    const existing = random() < 0.1 ? doc.stakeholders[Math.floor(random() * doc.stakeholders.length)] : undefined;
    const [first, last] = existing
      ? existing.name.split(' ')
      : [FIRST[i % FIRST.length], `${LAST[(i * 7) % LAST.length]}-${i}`];
    const email = existing ? existing.email : `new.${i}@agency.example`;
    lines.push(
      `${first},${last},"Riverside ${AGENCY[i % AGENCY.length]}, Unit ${i % 40}",Officer,${email},0161 555 ${String(i).padStart(4, '0')},"Met at forum, wants data"`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const generated = await time(() => generateCoalition());
  const doc = generateCoalition();
  rows.push({
    area: 'stakeholders',
    measure: 'generate 10,000 people + 30,000 conversations (validated)',
    median: generated,
    samples: 1,
  });
  const orgs = organizationsById(doc.organizations);

  // What a person does in the list: type a name letter by letter, pick filters, change the sort.
  const filters: StakeholderFilter[] = [
    ...['d', 'da', 'dan', 'dana', 'dana w', 'dana wh'].map((text) => ({ ...NO_FILTER, text })),
    { ...NO_FILTER, sectors: ['law-enforcement', 'dispatch'] },
    { ...NO_FILTER, stages: ['in-conversation', 'committed'], livedExperience: 'yes' },
    { ...NO_FILTER, text: 'training', roles: ['trainer', 'chair'] },
    { ...NO_FILTER, sort: { key: 'organization', direction: 'asc' } },
    { ...NO_FILTER, sort: { key: 'stage', direction: 'desc' } },
    { ...NO_FILTER, text: 'police', sort: { key: 'sector', direction: 'asc' } },
  ];
  const cold = await time(() => filterStakeholders(doc.stakeholders, orgs, { ...NO_FILTER, text: 'a' }));
  rows.push({
    area: 'stakeholders',
    measure: 'filter 10,000 rows, first search (builds search text)',
    median: cold,
    samples: 1,
  });
  const warm: number[] = [];
  for (let round = 0; round < 30; round += 1) {
    for (const filter of filters) warm.push(await time(() => filterStakeholders(doc.stakeholders, orgs, filter)));
  }
  rows.push({
    area: 'stakeholders',
    measure: 'filter 10,000 rows (search, filters, sort)',
    ...stats(warm),
    samples: warm.length,
  });

  const coverage: number[] = [];
  for (let i = 0; i < 20; i += 1)
    coverage.push(await time(() => coverageBySector(doc.stakeholders, doc.organizations)));
  rows.push({
    area: 'stakeholders',
    measure: 'coverage by sector, 10,000 people',
    ...stats(coverage),
    samples: coverage.length,
  });

  const csv = importCsv(doc);
  const parse: number[] = [];
  let ready = 0;
  for (let i = 0; i < 7; i += 1) {
    parse.push(
      await time(() => {
        ready = previewCsv(csv, doc).totals.ready;
      }),
    );
  }
  rows.push({
    area: 'stakeholders',
    measure: 'CSV import preview: parse + map + duplicates, 5,000 rows',
    ...stats(parse),
    samples: parse.length,
    note: `${ready} ready`,
  });

  const removal: number[] = [];
  for (let i = 0; i < 5; i += 1)
    removal.push(await time(() => previewStakeholderRemoval(doc, [doc.stakeholders[i * 97]!.id])));
  rows.push({
    area: 'stakeholders',
    measure: 'delete preview (references across 30,000 conversations)',
    ...stats(removal),
    samples: removal.length,
  });

  const roster: number[] = [];
  let pages = 0;
  for (let i = 0; i < 3; i += 1) {
    roster.push(
      await time(async () => {
        const { bytes, summary } = await rosterDocx(doc, { today: '2025-03-03' });
        pages = summary.listed;
        return bytes;
      }),
    );
  }
  rows.push({
    area: 'stakeholders',
    measure: 'roster .docx export, 10,000 people',
    ...stats(roster),
    samples: roster.length,
    note: `${pages} listed`,
  });
  return rows;
}

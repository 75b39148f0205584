import { Sector } from '../model/sector';
import type { Organization } from './model/organization';
import type { EngagementStage, Stakeholder } from './model/stakeholder';
import { bringsLivedExperience, organizationsById, sectorOf } from './sectorOf';

/**
 * Who is at the table, sector by sector. A CIT program needs every partner the model names:
 * the volunteer convening it should see at a glance "no one from dispatch yet, no one with
 * lived experience yet". People with lived experience are counted from their own flag, not only
 * from the peer sector: a police sergeant or a NAMI volunteer may bring that experience too.
 */

export type CoverageStatus = 'at-the-table' | 'talking' | 'none';

export const COVERAGE_STATUS_LABELS: Record<CoverageStatus, string> = {
  'at-the-table': 'At the table',
  talking: 'Talking',
  none: 'No one yet',
};

/** A row of the coverage panel: a sector, or the lived-experience row. */
export type CoverageKey = Exclude<Sector, 'peer' | 'other'> | 'lived-experience';

export interface CoverageRow {
  key: CoverageKey;
  label: string;
  /** Core partners are the ones every CIT program needs before its first convening. */
  core: boolean;
  status: CoverageStatus;
  /** People counted here, by stage. */
  counts: Record<EngagementStage, number>;
  /** Committed or on the steering committee. */
  atTheTable: number;
  /** Contacted or in conversation. */
  talking: number;
  /** Named but not yet contacted. */
  identified: number;
  stakeholderIds: string[];
}

/**
 * The partner rows in the order shown. "Peer" as a sector is folded into the lived-experience
 * row, and "other" is not a partner anyone needs to be reminded of.
 */
export const COVERAGE_ROWS: ReadonlyArray<{ key: CoverageKey; label: string; core: boolean }> = [
  { key: 'law-enforcement', label: 'Law enforcement', core: true },
  { key: 'dispatch', label: 'Dispatch / 911', core: true },
  { key: 'mental-health', label: 'Mental health providers', core: true },
  { key: 'lived-experience', label: 'People with lived experience', core: true },
  { key: 'advocacy', label: 'NAMI or other advocates', core: true },
  { key: 'family', label: 'Family members', core: true },
  { key: 'ems-fire', label: 'EMS / fire', core: false },
  { key: 'hospital', label: 'Hospitals / health care', core: false },
  { key: 'courts', label: 'Courts', core: false },
  { key: 'government', label: 'Elected officials / local government', core: false },
  { key: 'social-services', label: 'Social services', core: false },
  { key: 'community', label: 'Community and faith groups', core: false },
  { key: 'education', label: 'Schools / university', core: false },
];

const AT_THE_TABLE: ReadonlySet<EngagementStage> = new Set(['committed', 'steering-committee']);
const TALKING: ReadonlySet<EngagementStage> = new Set(['contacted', 'in-conversation']);

function emptyCounts(): Record<EngagementStage, number> {
  return {
    identified: 0,
    contacted: 0,
    'in-conversation': 0,
    committed: 0,
    'steering-committee': 0,
    declined: 0,
    inactive: 0,
  };
}

/** The coverage panel's rows for a workspace's people. */
export function coverageBySector(
  stakeholders: readonly Stakeholder[],
  organizations: readonly Organization[],
): CoverageRow[] {
  const orgs = organizationsById(organizations);
  const rows = new Map<CoverageKey, CoverageRow>(
    COVERAGE_ROWS.map((r) => [
      r.key,
      { ...r, status: 'none', counts: emptyCounts(), atTheTable: 0, talking: 0, identified: 0, stakeholderIds: [] },
    ]),
  );
  const count = (row: CoverageRow | undefined, person: Stakeholder) => {
    if (!row) return;
    row.counts[person.stage] += 1;
    row.stakeholderIds.push(person.id);
    if (AT_THE_TABLE.has(person.stage)) row.atTheTable += 1;
    else if (TALKING.has(person.stage)) row.talking += 1;
    else if (person.stage === 'identified') row.identified += 1;
  };
  for (const person of stakeholders) {
    const sector = sectorOf(person, orgs);
    if (bringsLivedExperience(person) || sector === 'peer') count(rows.get('lived-experience'), person);
    if (sector !== 'peer' && sector !== 'other') count(rows.get(sector), person);
  }
  for (const row of rows.values()) {
    row.status = row.atTheTable > 0 ? 'at-the-table' : row.talking > 0 ? 'talking' : 'none';
  }
  return [...rows.values()];
}

/** One sentence for the top of the panel: which core partners nobody has reached yet. */
export function missingSummary(rows: readonly CoverageRow[]): string {
  // Lower-case the first letter only where it starts an ordinary word: "NAMI" and "EMS" stay as written.
  const missing = rows
    .filter((r) => r.core && r.status === 'none')
    .map((r) => r.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()));
  if (missing.length === 0) return 'Every core partner has someone the coalition is talking with or who has committed.';
  return `No one yet from: ${missing.join(', ')}.`;
}

/** The label of a sector for the coverage rows (peer folds into lived experience). */
export function coverageLabel(key: CoverageKey): string {
  return COVERAGE_ROWS.find((r) => r.key === key)?.label ?? Sector.labelOf(key as Sector);
}

const SHORT: Partial<Record<Sector, string>> = { peer: 'Peer', other: 'Other' };

/** A sector in a few words, for list columns: "Law enforcement" rather than the full "(police, sheriff)". */
export function shortSectorLabel(sector: Sector): string {
  return SHORT[sector] ?? COVERAGE_ROWS.find((r) => r.key === sector)?.label ?? Sector.labelOf(sector);
}

import type { MeetingKind } from '../meetings';
import type { PolicyKind } from '../policies';
import type { Sector } from '../model/sector';
import type { ProgramRole } from '../stakeholders';
import type { CourseKind } from '../training';
import type { WorkgroupFocus } from '../workgroups';
import type { z } from 'zod';
import type { QuickActionKind } from './actions';

/**
 * The shape of the program's checklist. The checklist itself is data (definitions.ts); these
 * types say what a step, a stage and an item may carry, and which kinds of evidence a rule can
 * read from the workspace. A later step of building a CIT program is added as more data, not
 * more code, as long as its evidence is one of the kinds below.
 */

/** A named group of partners, e.g. "law enforcement" = the law enforcement sector. */
export interface PartnerGroup {
  /** How the group is named in a sentence: "law enforcement", "people living with mental illness". */
  label: string;
  sectors: readonly Sector[];
  /** Also count anyone marked as having lived experience, whatever their sector. */
  livedExperience?: boolean;
}

/** What the workspace can show about an item, one kind per file in rules/. */
export type RuleSpec =
  /** Conversations logged with people from a partner group. */
  | { kind: 'conversations'; with: PartnerGroup }
  /** Every one of these program roles is held by someone still taking part. */
  | { kind: 'roles'; roles: ProgramRole[] }
  /** The steering committee has members, drawn from each of these groups. */
  | { kind: 'steering-committee'; groups: PartnerGroup[] }
  /** At least one workgroup (of one of these focuses, when given). */
  | { kind: 'workgroups'; focus?: WorkgroupFocusValue[] }
  /** A meeting of one of these kinds took place (planned is progress, held is done). */
  | { kind: 'meetings'; meetingKinds: MeetingKind[] }
  /** A meeting of one of these kinds was held in the last `withinDays` days (one planned is progress). */
  | { kind: 'recent-meetings'; meetingKinds: MeetingKind[]; withinDays: number }
  /**
   * A policy (of one of these kinds, when given) with a revision drafted, or, with
   * `need: 'adopted'`, a revision adopted by its agency.
   */
  | { kind: 'policies'; policyKinds?: PolicyKindValue[]; need?: 'revision' | 'adopted' }
  /** People with lived experience are at the coalition's meetings. */
  | { kind: 'lived-experience-attendance' }
  /** Partners from each group have committed to the program or sit on the committee. */
  | { kind: 'partners-engaged'; groups: PartnerGroup[] }
  /** A class of one of these kinds of course held (within `withinDays`, when given); one planned is progress. */
  | { kind: 'training'; courseKinds: CourseKind[]; withinDays?: number }
  /** Every agency whose officers are counted has trained the share it aimed for. */
  | { kind: 'training-coverage' }
  /** Figures entered for at least one quarter, from any agency. */
  | { kind: 'program-data' }
  /** A recognition event is planned, or has been held. */
  | { kind: 'recognition'; need: 'planned' | 'held' }
  /** The resource directory lists a receiving facility open at night, or has services whose gaps can be read. */
  | { kind: 'directory'; need: 'receiving-facility' | 'gaps' };

export type RuleKind = RuleSpec['kind'];

export interface ItemDefinition {
  /** Stored in the file with a person's mark: never change or reuse one. */
  id: string;
  /** The checklist line, as an instruction. */
  title: string;
  /** How to do this: shown when the item is not done yet. */
  guidance: string;
  /** Where the evidence comes from; absent when only a person can say it is done. */
  rule?: RuleSpec;
  /**
   * When the item has no evidence at all, this gap holds the whole effort back: it ranks first
   * among next steps, and this sentence says why.
   */
  blocking?: string;
  /** The quick action offered beside the item. */
  action?: QuickActionKind;
}

export interface StageDefinition {
  /** Stored nowhere yet, but used in links and reports: keep stable. */
  id: string;
  title: string;
  /** One sentence: what this stage is for. */
  summary: string;
  items: ItemDefinition[];
}

export interface StepDefinition {
  id: string;
  /** How a sentence names the step: "Step Two". */
  short: string;
  title: string;
  summary: string;
  stages: StageDefinition[];
}

export type WorkgroupFocusValue = z.infer<typeof WorkgroupFocus>;
export type PolicyKindValue = z.infer<typeof PolicyKind>;

import type { Meeting, QuorumRule } from './model';
import type { Stakeholder } from '../stakeholders';
import type { Workgroup } from '../workgroups';
import { presentIds } from './attendance';

/**
 * Whether enough members are in the room for the body to decide. The rule belongs to the body
 * (a steering committee decides with a majority of its members; a workgroup of its own members)
 * and is copied from meeting to meeting of that body.
 */
export interface QuorumStatus {
  rule: QuorumRule;
  /** False when the meeting has no quorum rule. */
  applies: boolean;
  /** How many people count towards the quorum (members, or invitees); null for a fixed number. */
  members: number | null;
  /** How many of them are in the room. */
  present: number;
  needed: number;
  met: boolean;
  /** One line for the screen: "Quorum present: 5 of 8 members present (5 needed)." */
  summary: string;
  /** The count alone, for the minutes' "Quorum:" line: "5 of 8 members present (5 needed)." */
  detail: string;
}

export interface QuorumFacts {
  stakeholders: readonly Pick<Stakeholder, 'id' | 'stage'>[];
  workgroups: readonly Pick<Workgroup, 'id' | 'memberIds' | 'leadId'>[];
}

export function majorityOf(count: number): number {
  return Math.floor(count / 2) + 1;
}

export function quorumStatus(
  meeting: Pick<Meeting, 'quorum' | 'attendance' | 'inviteeIds' | 'workgroupId'>,
  facts: QuorumFacts,
): QuorumStatus {
  const rule = meeting.quorum;
  const inRoom = presentIds(meeting);
  if (rule.kind === 'none') {
    return {
      rule,
      applies: false,
      members: null,
      present: inRoom.size,
      needed: 0,
      met: true,
      summary: 'No quorum rule for this meeting.',
      detail: '',
    };
  }
  if (rule.kind === 'fixed') {
    const present = inRoom.size;
    const met = present >= rule.count;
    const detail = `${present} ${present === 1 ? 'person' : 'people'} present, ${rule.count} needed.`;
    return {
      rule,
      applies: true,
      members: null,
      present,
      needed: rule.count,
      met,
      summary: `${met ? 'Quorum present' : 'No quorum'}: ${detail}`,
      detail,
    };
  }
  const { ids, noun } = membersFor(rule, meeting, facts);
  const present = [...ids].filter((id) => inRoom.has(id)).length;
  if (ids.size === 0) {
    const detail = `there are no ${noun} recorded yet.`;
    return {
      rule,
      applies: true,
      members: 0,
      present: 0,
      needed: 1,
      met: false,
      summary: `No quorum can be counted: ${detail}`,
      detail,
    };
  }
  const needed = majorityOf(ids.size);
  const met = present >= needed;
  const detail = `${present} of ${ids.size} ${noun} present (${needed} needed).`;
  return {
    rule,
    applies: true,
    members: ids.size,
    present,
    needed,
    met,
    summary: `${met ? 'Quorum present' : 'No quorum'}: ${detail}`,
    detail,
  };
}

function membersFor(
  rule: QuorumRule,
  meeting: Pick<Meeting, 'inviteeIds' | 'workgroupId'>,
  facts: QuorumFacts,
): { ids: Set<string>; noun: string } {
  switch (rule.kind) {
    case 'steering-committee-majority':
      return {
        ids: new Set(facts.stakeholders.filter((s) => s.stage === 'steering-committee').map((s) => s.id)),
        noun: 'steering committee members',
      };
    case 'workgroup-majority': {
      const group = facts.workgroups.find((w) => w.id === meeting.workgroupId);
      const ids = new Set(group ? [...group.memberIds, ...(group.leadId ? [group.leadId] : [])] : []);
      return { ids, noun: 'workgroup members' };
    }
    default:
      return { ids: new Set(meeting.inviteeIds), noun: 'invitees' };
  }
}

/** The rule a new meeting of a kind starts with, when no earlier meeting of its body sets one. */
export function defaultQuorumFor(kind: Meeting['kind'], workgroupId: string | null): QuorumRule {
  if (kind === 'steering-committee') return { kind: 'steering-committee-majority' };
  if (kind === 'workgroup' && workgroupId) return { kind: 'workgroup-majority' };
  return { kind: 'none' };
}

export function describeQuorumRule(rule: QuorumRule): string {
  switch (rule.kind) {
    case 'none':
      return 'No quorum rule';
    case 'steering-committee-majority':
      return 'A majority of steering committee members';
    case 'workgroup-majority':
      return 'A majority of the workgroup’s members';
    case 'invitee-majority':
      return 'A majority of the people invited';
    case 'fixed':
      return `At least ${rule.count} ${rule.count === 1 ? 'person' : 'people'} present`;
  }
}

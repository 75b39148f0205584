import type { Decision, Meeting, Vote } from './model';
import { presentIds } from './attendance';
import type { QuorumStatus } from './quorum';

/**
 * Recusal: a member with a conflict of interest on a decision steps out of it. They are still
 * at the meeting (a recused member must be marked present), but they do not vote, so the count
 * of votes leaves them out and the quorum for that decision is counted without them.
 */

export interface RecusalCheck {
  /** The recused, each once, in the order given. */
  recusedIds: string[];
  /** A sentence saying why the decision cannot be recorded as given; null when it can. */
  refusal: string | null;
  /** Who may vote: in the room and not recused. Null when attendance was not taken. */
  eligible: number | null;
}

/**
 * Checks a decision's recusals against the meeting's attendance. Refused: a recused person who
 * was not in the room, and a vote that counts more people than may vote once the recused are
 * set aside (the recused would then have been counted after all).
 */
export function checkRecusal(
  meeting: Pick<Meeting, 'attendance'>,
  decision: { vote: Vote | null; recusedIds: readonly string[] },
  nameOf: (id: string) => string,
): RecusalCheck {
  const recusedIds = [...new Set(decision.recusedIds)];
  const inRoom = presentIds(meeting);
  const eligible = inRoom.size ? inRoom.size - recusedIds.filter((id) => inRoom.has(id)).length : null;
  const absent = recusedIds.filter((id) => !inRoom.has(id));
  if (absent.length)
    return {
      recusedIds,
      eligible,
      refusal: `${listOf(absent.map(nameOf))} ${absent.length === 1 ? 'is' : 'are'} not marked present, so cannot be recorded as recused. Mark attendance first.`,
    };
  const vote = decision.vote;
  if (vote && recusedIds.length && eligible !== null) {
    const cast = vote.for + vote.against + vote.abstain;
    if (cast > eligible)
      return {
        recusedIds,
        eligible,
        refusal: `The vote counts ${cast} people, but only ${eligible} may vote: ${inRoom.size} in the room less ${recusedIds.length} recused. A recused member is not counted.`,
      };
  }
  return { recusedIds, eligible, refusal: null };
}

/**
 * The meeting's quorum for one decision: the recused who count towards the quorum are taken
 * out of those present. A body that had a quorum can lose it on one item.
 */
export function quorumWithoutRecused(
  status: QuorumStatus,
  decision: Pick<Decision, 'recusedIds'>,
  countsTowards: (id: string) => boolean,
): QuorumStatus {
  if (!status.applies || decision.recusedIds.length === 0) return status;
  const present = status.present - decision.recusedIds.filter(countsTowards).length;
  const met = present >= status.needed;
  const of = status.members === null ? `${present} present` : `${present} of ${status.members} present`;
  const detail = `${of} once recused members are set aside (${status.needed} needed).`;
  return {
    ...status,
    present,
    met,
    detail,
    summary: `${met ? 'Quorum present' : 'No quorum'} for this decision: ${detail}`,
  };
}

/** Carried when more voted for than against; abstentions and the recused count neither way. */
export function isCarried(vote: Vote): boolean {
  return vote.for > vote.against;
}

/**
 * A decision's vote and recusals in words, for the minutes: "Carried 5–2; Dana Ortiz recused",
 * "Not carried 2–4, 1 abstaining; Dana Ortiz and Sam Lee recused", or, decided without a vote,
 * "Dana Ortiz recused". Names come in already as the reader may see them.
 */
export function recusalWords(vote: Vote | null, recusedNames: readonly string[]): string {
  const recused = recusedNames.length ? `${listOf(recusedNames)} recused` : '';
  if (!vote) return recused;
  const abstain = vote.abstain ? `, ${vote.abstain} abstaining` : '';
  const count = `${isCarried(vote) ? 'Carried' : 'Not carried'} ${vote.for}–${vote.against}${abstain}`;
  return recused ? `${count}; ${recused}` : count;
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

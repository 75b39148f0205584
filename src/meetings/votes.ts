import type { Vote } from './model';

/** A vote in words, as the minutes and the minutes editor show it: "7 for, 1 against, 2 abstaining: carried". */
export function voteWords(vote: Vote): string {
  const result = vote.for > vote.against ? 'carried' : 'not carried';
  return `${vote.for} for, ${vote.against} against, ${vote.abstain} abstaining: ${result}`;
}

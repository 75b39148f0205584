/**
 * What the coordinator is told before choosing an honoree whose scores are not all in: the
 * committee's scores are the reason for having one, so a choice made ahead of them is made
 * knowingly, never by a click that looked like any other.
 */
export function scoringLeftWarning(nomineeName: string, notScoredBy: readonly string[]): string | null {
  const left = notScoredBy.length;
  if (left === 0) return null;
  const who = left === 1 ? '1 reviewer has' : `${left} reviewers have`;
  return `${who} not scored this nomination yet (${notScoredBy.join(', ')}). Select ${nomineeName} as an honoree anyway, or wait for ${left === 1 ? 'that score' : 'their scores'}.`;
}

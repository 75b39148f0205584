import type { Policy, PolicyRevision, RevisionStatus } from './model';

/**
 * Which revision of a policy is which. Revisions are stored in the order they were typed in
 * (history is often entered after the fact), so everything here orders them by their date, and
 * by the order they were added when two share a date.
 */
export function revisionsByDate(policy: Pick<Policy, 'revisions'>): PolicyRevision[] {
  return policy.revisions
    .map((revision, index) => ({ revision, index }))
    .sort((a, b) =>
      a.revision.date === b.revision.date ? a.index - b.index : a.revision.date < b.revision.date ? -1 : 1,
    )
    .map((entry) => entry.revision);
}

/** The revision in force: the adopted one (the rules keep it to one; the newest wins if a file holds more). */
export function adoptedRevision(policy: Pick<Policy, 'revisions'>): PolicyRevision | null {
  return (
    revisionsByDate(policy)
      .filter((r) => r.status === 'adopted')
      .at(-1) ?? null
  );
}

/** The newest revision still being worked on (drafted, in review, or approved and awaiting adoption). */
export function workingRevision(policy: Pick<Policy, 'revisions'>): PolicyRevision | null {
  return (
    revisionsByDate(policy)
      .filter((r) => r.status === 'draft' || r.status === 'in-review' || r.status === 'approved')
      .at(-1) ?? null
  );
}

export function latestRevision(policy: Pick<Policy, 'revisions'>): PolicyRevision | null {
  return revisionsByDate(policy).at(-1) ?? null;
}

/**
 * The revision whose text a reader should see as "the policy": the one in force, or, before
 * anything is adopted, the newest one.
 */
export function currentRevision(policy: Pick<Policy, 'revisions'>): PolicyRevision | null {
  return adoptedRevision(policy) ?? latestRevision(policy);
}

/** The day a revision last reached a status, from its history. */
export function statusDate(revision: Pick<PolicyRevision, 'statusHistory'>, status: RevisionStatus): string | null {
  return revision.statusHistory.filter((change) => change.status === status).at(-1)?.on ?? null;
}

/** The day a revision reached the status it has now (its own date if the history is missing). */
export function currentStatusSince(revision: Pick<PolicyRevision, 'statusHistory' | 'status' | 'date'>): string {
  return statusDate(revision, revision.status) ?? revision.date;
}

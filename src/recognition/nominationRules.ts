import type { AwardCategory, Nomination, RecognitionEvent } from './model';
import type { WorkspaceDocument } from '../workspace/document';
import { isActive, nomineeOf, sameNominee } from './nominees';
import { checkWordLimit, describeWordCount } from './wordCount';

type People = Pick<WorkspaceDocument, 'stakeholders' | 'organizations'>;
type NomineeFields = Pick<Nomination, 'nomineeId' | 'nomineeName' | 'nomineeAgency' | 'nomineePrivacy'>;

/**
 * Each person may hold one nomination per event, in one category. A committee that scores the same
 * officer in two categories splits its votes and may honour one person twice while others wait;
 * several nominators for one person add their words to the one nomination instead.
 *
 * Returns the refusal to show, or null when the nomination may stand. `exceptId` is the
 * nomination being edited, which does not conflict with itself.
 */
export function nomineeConflict(
  event: Pick<RecognitionEvent, 'nominations' | 'categories'>,
  candidate: NomineeFields & { categoryId: string },
  people: People,
  exceptId: string | null = null,
): string | null {
  const nominee = nomineeOf(candidate, people);
  const existing = event.nominations.find(
    (other) => other.id !== exceptId && isActive(other) && sameNominee(nomineeOf(other, people), nominee),
  );
  if (!existing) return null;
  const held = event.categories.find((c) => c.id === existing.categoryId)?.name ?? 'another award';
  if (existing.categoryId === candidate.categoryId) {
    return `${nominee.name} is already nominated for ${held} at this event. Add these words to that nomination instead of starting a second one.`;
  }
  const wanted = event.categories.find((c) => c.id === candidate.categoryId)?.name ?? 'this award';
  return `${nominee.name} is already nominated for ${held}. A person can be nominated in one category per event: withdraw that nomination first to nominate them for ${wanted}.`;
}

/** The refusal for a story over its category's word limit, or null. */
export function storyTooLong(story: string, category: Pick<AwardCategory, 'name' | 'wordLimit'>): string | null {
  const check = checkWordLimit(story, category.wordLimit);
  if (!check.over) return null;
  return `The story is ${describeWordCount(check)} words set for ${category.name}. Shorten it by ${-check.remaining} ${check.remaining === -1 ? 'word' : 'words'}.`;
}

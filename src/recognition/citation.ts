import type { Nomination } from './model';

/** About two printed lines under an honoree's name in the program. */
export const CITATION_WORDS = 45;

/**
 * The citation printed for an honoree: the one written for them, else the opening of their
 * nomination story, cut at a sentence end where one falls within the length so it reads as
 * written rather than chopped.
 */
export function citationFor(nomination: Pick<Nomination, 'citation' | 'story'>): string {
  const written = nomination.citation.trim();
  if (written) return written;
  return openingOf(nomination.story, CITATION_WORDS);
}

export function openingOf(story: string, maxWords: number): string {
  const words = story.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '';
  if (words.length <= maxWords) return words.join(' ');
  const head = words.slice(0, maxWords).join(' ');
  // The last sentence end inside the head, if it keeps at least half of it.
  const lastStop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (lastStop >= head.length / 2) return head.slice(0, lastStop + 1);
  return `${head.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}

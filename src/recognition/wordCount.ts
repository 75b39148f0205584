/**
 * Counts words the way a nominator expects from a word processor: runs of text between spaces or
 * line breaks, where a run made only of punctuation (a lone dash, an ampersand) is not a word.
 * "Well-known" and "don't" are one word each. The nomination form counts with this as the person
 * types, and the command refuses a story with the same count, so the two can never disagree.
 */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (HAS_LETTER_OR_DIGIT.test(token)) count += 1;
  }
  return count;
}

export interface WordLimitCheck {
  count: number;
  limit: number;
  /** Words left before the limit; negative when over it. */
  remaining: number;
  over: boolean;
}

export function checkWordLimit(text: string, limit: number): WordLimitCheck {
  const count = countWords(text);
  return { count, limit, remaining: limit - count, over: count > limit };
}

/** "312 of 500 words" or "512 words, 12 over the limit of 500": the same words on the form and in refusals. */
export function describeWordCount(check: WordLimitCheck): string {
  const words = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'word' : 'words'}`;
  if (!check.over) return `${check.count.toLocaleString('en-US')} of ${words(check.limit)}`;
  return `${words(check.count)}, ${(-check.remaining).toLocaleString('en-US')} over the limit of ${check.limit.toLocaleString('en-US')}`;
}

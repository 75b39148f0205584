import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWordLimit, countWords, describeWordCount } from '../../src/recognition/wordCount';

describe('counting the words of a nomination story', () => {
  it.each([
    ['', 0],
    ['   \n\t  ', 0],
    ['Officer Whitfield stayed.', 3],
    ['She sat   with him\nfor two hours,\n\nuntil the crisis team came.', 12],
    ['A well-known officer who didn’t rush — she listened.', 8],
    ['Called 911 at 2:15 a.m. & waited', 6],
    ['Sí, ella habló con él.', 5],
    ['— – - & …', 0],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('counts any run of words joined by any whitespace as that many words', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9'’-]*[A-Za-z0-9][A-Za-z0-9'’-]*$/);
    const space = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { maxLength: 200 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        expect(countWords(text)).toBe(parts.length);
      }),
    );
  });

  it('tells how far from the limit the story is, in the words the form and the refusal share', () => {
    const under = checkWordLimit('one two three', 5);
    expect(under).toEqual({ count: 3, limit: 5, remaining: 2, over: false });
    expect(describeWordCount(under)).toBe('3 of 5 words');
    const exact = checkWordLimit('one two three four five', 5);
    expect(exact.over).toBe(false);
    const over = checkWordLimit('one two three four five six seven', 5);
    expect(over).toMatchObject({ count: 7, remaining: -2, over: true });
    expect(describeWordCount(over)).toBe('7 words, 2 over the limit of 5');
  });
});

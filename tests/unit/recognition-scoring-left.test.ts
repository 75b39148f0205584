import { describe, expect, it } from 'vitest';
import { scoringLeftWarning } from '../../src/recognition/scoringLeft';

describe('choosing an honoree before every reviewer has scored', () => {
  it('says how many reviewers, and who, have not scored yet', () => {
    expect(scoringLeftWarning('Sam Rivera', ['Alex Kim', 'Beth Moreno'])).toBe(
      '2 reviewers have not scored this nomination yet (Alex Kim, Beth Moreno). Select Sam Rivera as an honoree anyway, or wait for their scores.',
    );
    expect(scoringLeftWarning('Dana Whitfield', ['Beth Moreno'])).toBe(
      '1 reviewer has not scored this nomination yet (Beth Moreno). Select Dana Whitfield as an honoree anyway, or wait for that score.',
    );
  });

  it('says nothing once every reviewer has scored', () => {
    expect(scoringLeftWarning('Dana Whitfield', [])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { describeHistory, firstReached, stageOn } from '../../src/stakeholders/stageHistory';
import { StakeholderCoalition, TODAY } from '../support/fixtures/stakeholders-fixture';

describe('stage history', () => {
  it('starts with the stage a person is added at, dated today in the coalition’s time zone', () => {
    const c = new StakeholderCoalition();
    const id = c.person('Dana Whitfield', { stage: 'contacted' });
    // 04:00 UTC on 4 March is still 3 March in Denver.
    expect(c.get(id).stageHistory).toEqual([{ stage: 'contacted', on: TODAY, note: '' }]);
  });

  it('keeps every change with its day, the last one being the current stage', () => {
    const c = new StakeholderCoalition();
    const id = c.person('Dana Whitfield');
    c.run('changeStakeholderStage', { ids: [id], stage: 'contacted', on: '2025-03-03', note: 'Left a voicemail' });
    c.run('changeStakeholderStage', { ids: [id], stage: 'committed' });
    const person = c.get(id);
    expect(person.stage).toBe('committed');
    expect(person.stageHistory.map((h) => [h.stage, h.on, h.note])).toEqual([
      ['identified', TODAY, ''],
      ['contacted', '2025-03-03', 'Left a voicemail'],
      ['committed', TODAY, ''],
    ]);
    expect(describeHistory(person).map((h) => h.label)).toEqual([
      'Contacted → Committed',
      'Identified → Contacted',
      'Added as identified',
    ]);
    expect(c.history.at(-1)).toBe('move Dana Whitfield to committed');
  });

  it('records nothing when the stage does not change', () => {
    const c = new StakeholderCoalition();
    const id = c.person('Dana Whitfield');
    const result = c.run('changeStakeholderStage', { ids: [id], stage: 'identified' });
    expect(result).toEqual({ changed: 0, unchanged: 1 });
    expect(c.get(id).stageHistory).toHaveLength(1);
  });

  it('refuses a change dated before the last one, or in the future, and changes nothing', () => {
    const c = new StakeholderCoalition();
    const id = c.person('Dana Whitfield');
    const before = c.doc;
    expect(() => c.run('changeStakeholderStage', { ids: [id], stage: 'contacted', on: '2025-02-01' })).toThrow(
      /last changed on 2025-03-03/,
    );
    expect(() => c.run('changeStakeholderStage', { ids: [id], stage: 'contacted', on: '2025-03-04' })).toThrow(
      /future/,
    );
    expect(c.doc).toBe(before);
  });

  it('moves many people at once, skipping those already there', () => {
    const c = new StakeholderCoalition();
    const a = c.person('A Person');
    const b = c.person('B Person', { stage: 'declined' });
    const d = c.person('D Person', { stage: 'in-conversation' });
    expect(c.run('changeStakeholderStage', { ids: [a, b, d], stage: 'in-conversation' })).toEqual({
      changed: 2,
      unchanged: 1,
    });
    expect(c.history.at(-1)).toBe('move 3 people to in conversation');
    expect(c.get(b).stageHistory.map((h) => h.stage)).toEqual(['declined', 'in-conversation']);
  });

  it('answers what stage someone was at on a day and when they first came to the table', () => {
    const person = {
      stageHistory: [
        { stage: 'identified' as const, on: '2025-01-05', note: '' },
        { stage: 'in-conversation' as const, on: '2025-01-20', note: '' },
        { stage: 'steering-committee' as const, on: '2025-02-11', note: '' },
      ],
    };
    expect(stageOn(person, '2025-01-04')).toBeNull();
    expect(stageOn(person, '2025-01-20')).toBe('in-conversation');
    expect(stageOn(person, '2025-02-10')).toBe('in-conversation');
    expect(firstReached(person, 'committed')).toBe('2025-02-11');
    expect(firstReached(person, 'contacted')).toBe('2025-01-20');
  });

  it('refuses an unknown person without changing anything', () => {
    const c = new StakeholderCoalition();
    c.person('Dana Whitfield');
    expect(() => c.run('changeStakeholderStage', { ids: ['no-such-person'], stage: 'committed' })).toThrow(
      /no longer exists/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { agendaMoveWords } from '../../src/meetings/agendaMoveWords';

const agenda = [
  {
    title: 'Opening',
    items: [
      { id: 'a908d15a-1', title: 'Welcome' },
      { id: 'b1', title: 'Introductions around the table' },
      { id: 'c1', title: 'Review of action items' },
    ],
  },
  { title: 'Next steps', items: [{ id: 'd1', title: 'Forming a steering committee' }] },
];

describe('what a screen reader hears while an agenda item moves', () => {
  it('names the item and its place when it is picked up, never an id', () => {
    const words = agendaMoveWords.pickedUp(agenda, 'b1');
    expect(words).toBe('Picked up Introductions around the table, at position 2 of 3 in Opening.');
    expect(words).not.toMatch(/b1|draggable|droppable/i);
  });

  it('says where it would go within its section, and in another section', () => {
    expect(agendaMoveWords.over(agenda, 'b1', 'c1')).toBe(
      'Introductions around the table would move to position 3 of 3 in Opening.',
    );
    expect(agendaMoveWords.over(agenda, 'b1', 'd1')).toBe(
      'Introductions around the table would move to position 1 of 2 in Next steps.',
    );
    // Over itself (right after the pick-up) it says nothing, so "Picked up …" is heard whole.
    expect(agendaMoveWords.over(agenda, 'b1', 'b1')).toBeUndefined();
  });

  it('says where it went, or that it stayed', () => {
    expect(agendaMoveWords.dropped(agenda, 'b1', 'a908d15a-1')).toBe(
      'Introductions around the table was moved to position 1 of 3 in Opening.',
    );
    expect(agendaMoveWords.dropped(agenda, 'b1', 'b1')).toBe('Introductions around the table was dropped where it was.');
    expect(agendaMoveWords.dropped(agenda, 'b1', null)).toBe('Introductions around the table was dropped where it was.');
    expect(agendaMoveWords.cancelled(agenda, 'b1')).toBe(
      'Moving Introductions around the table was cancelled. It stays at position 2 of 3 in Opening.',
    );
  });
});

import type { Patch } from 'immer';
import { expect, test } from 'vitest';
import { patchesOverlap } from '../../src/workspace/patchOverlap';
import { UndoStack } from '../../src/workspace/undoStack';

const p = (...path: Array<string | number>): Patch => ({ op: 'replace', path, value: 1 });

test('patches overlap when they touch the same record or header field, not the update time', () => {
  expect(patchesOverlap([p('actionItems', 2, 'title')], [p('actionItems', 2)])).toBe(true);
  expect(patchesOverlap([p('actionItems', 2, 'title')], [p('actionItems', 3)])).toBe(false);
  expect(patchesOverlap([p('actionItems', 2)], [p('actionItems', 'length')])).toBe(true);
  expect(patchesOverlap([p('coalition', 'updatedAt')], [p('coalition', 'updatedAt')])).toBe(false);
  expect(patchesOverlap([p('coalition', 'name')], [p('coalition', 'name')])).toBe(true);
  expect(patchesOverlap([p('history', 4)], [p('history', 4)])).toBe(false);
});

test('a stale step is dropped with every older one; newer steps stay', () => {
  const stack = new UndoStack(10);
  for (const name of ['one', 'two', 'three']) stack.record({ command: name, description: name, patches: [], inversePatches: [] });
  stack.dropStale((entry) => entry.command === 'two');
  expect(stack.undoDepth).toBe(1);
  expect(stack.undoDescription).toBe('three');
});

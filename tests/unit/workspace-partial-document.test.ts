import { describe, expect, it } from 'vitest';
import { DOCUMENT_FIELDS } from '../../src/api/workspaceMethods';
import { COLLECTIONS } from '../../src/workspace/document';
import { firstRead, patchesFor, restOf, withEmptyRest } from '../../renderer/workspace/partialDocument';

describe('reading a large workspace into the window in two parts', () => {
  it('reads the header with the first page’s collections, and everything else after', () => {
    const first = firstRead(['stakeholders', 'organizations']);
    expect(first).toEqual(['schemaVersion', 'coalition', 'stakeholders', 'organizations']);
    const rest = restOf(first);
    expect([...first, ...rest].sort()).toEqual([...DOCUMENT_FIELDS].sort());
    expect(rest).toContain('history');
    // A collection added to the workspace later is in one of the two reads without an edit here.
    for (const name of COLLECTIONS) expect([...first, ...rest]).toContain(name);
  });

  it('holds empty lists for what is not read yet, never in place of what was', () => {
    const first = firstRead(['stakeholders']);
    const doc = withEmptyRest({ schemaVersion: 2, stakeholders: [{ id: 'a' }] } as never, first);
    expect(doc.stakeholders).toEqual([{ id: 'a' }]);
    expect(doc.meetings).toEqual([]);
    expect(doc.history).toEqual([]);
  });

  it('applies only the patches of what the window holds until the rest is here', () => {
    const patches = [
      { op: 'replace' as const, path: ['stakeholders', 0, 'name'], value: 'Dana' },
      { op: 'add' as const, path: ['meetings', 5], value: { id: 'm' } },
      { op: 'add' as const, path: ['history', 0], value: {} },
    ];
    expect(patchesFor(patches, new Set(['stakeholders'] as const)).map((p) => p.path[0])).toEqual(['stakeholders']);
    expect(patchesFor(patches, null)).toHaveLength(3);
  });
});

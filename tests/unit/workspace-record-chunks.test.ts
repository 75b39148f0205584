import { describe, expect, it } from 'vitest';
import { sameValue } from '../../src/workspace/check/sameValue';
import { checkRecords } from '../../src/workspace/check/recordChecks';
import { decodeLayout, encodeLayout, recordChunks, recordsOfChunk } from '../../src/workspace/fileLayout';
import { emptyWorkspace } from '../../src/workspace/document';

/** How a file is cut into runs of records for the check threads (src/workspace/check/). */
function workspaceWith(people: number) {
  const doc = emptyWorkspace({
    name: 'Riverside CIT',
    community: 'Riverside County',
    timeZone: 'UTC',
    now: new Date('2026-01-05T10:00:00Z'),
  });
  const stamp = '2026-01-05T10:00:00.000Z';
  return {
    ...doc,
    stakeholders: Array.from({ length: people }, (_, n) => ({
      id: `person-${String(n).padStart(4, '0')}`,
      name: `Person ${n} Ñúñez`,
      createdAt: stamp,
      updatedAt: stamp,
    })),
    organizations: [
      { id: 'org-000001', name: 'County Sheriff', sector: 'law-enforcement', createdAt: stamp, updatedAt: stamp },
    ],
  };
}

describe('cutting a file into runs of records', () => {
  it('covers every record of every list once, in order, in runs of about the size asked', () => {
    const doc = workspaceWith(500);
    const bytes = encodeLayout(doc);
    const chunks = recordChunks(bytes, 2_000)!;
    const decoded = decodeLayout(bytes)!.value;
    const people = chunks.filter((chunk) => chunk.key === 'stakeholders');
    expect(people.length).toBeGreaterThan(10);
    let next = 0;
    for (const chunk of people) {
      expect(chunk.firstIndex).toBe(next);
      expect(chunk.end - chunk.start).toBeLessThanOrEqual(2_000 + 200);
      const records = Array.from(recordsOfChunk(bytes, chunk));
      expect(records).toEqual((decoded.stakeholders as unknown[]).slice(next, next + chunk.count));
      next += chunk.count;
    }
    expect(next).toBe(500);
    expect(chunks.filter((chunk) => chunk.key === 'organizations').map((chunk) => chunk.count)).toEqual([1]);
    // Empty lists ("history":[] on one line) hold no runs.
    expect(chunks.some((chunk) => chunk.key === 'history')).toBe(false);
  });

  it('finds no runs in a file that is not in the layout', () => {
    expect(recordChunks(Buffer.from(JSON.stringify(workspaceWith(3), null, 2)), 2_000)).toBeNull();
    expect(recordChunks(Buffer.from('not a workspace'), 2_000)).toBeNull();
  });
});

describe('checking a run of records', () => {
  it('reports the records the check changes, with their checked copies', () => {
    const doc = workspaceWith(3);
    const records: unknown[] = structuredClone(doc.stakeholders);
    (records[1] as { name: string }).name = '  Person 1  ';
    const lines = Buffer.from(records.map((record) => `${JSON.stringify(record)},\n`).join(''));
    const outcome = checkRecords(
      { key: 'stakeholders', firstIndex: 7, count: 3, start: 0, end: lines.length },
      records,
      lines,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.changed.map(({ index }) => index)).toContain(8);
    expect((outcome.changed.find(({ index }) => index === 8)!.value as { name: string }).name).toBe('Person 1');
  });

  it('fails the run on a record that is not valid, or a list that holds no records of a collection', () => {
    const records: unknown[] = structuredClone(workspaceWith(2).stakeholders);
    (records[0] as { name: string }).name = '';
    const lines = Buffer.from(records.map((record) => `${JSON.stringify(record)},\n`).join(''));
    const run = { start: 0, end: lines.length };
    expect(checkRecords({ key: 'stakeholders', firstIndex: 0, count: 2, ...run }, records, lines).ok).toBe(false);
    expect(checkRecords({ key: 'history', firstIndex: 0, count: 0, ...run }, [], lines).ok).toBe(false);
    expect(checkRecords({ key: 'stakeholders', firstIndex: 0, count: 3, ...run }, records, lines).ok).toBe(false);
  });

  it('fails the run on a record with a field named twice, which JSON.parse would have hidden', () => {
    const records: unknown[] = structuredClone(workspaceWith(2).stakeholders);
    const text = records.map((record) => `${JSON.stringify(record)},\n`).join('');
    const run = { key: 'stakeholders', firstIndex: 0, count: 2, start: 0 };
    const fine = Buffer.from(text);
    expect(checkRecords({ ...run, end: fine.length }, structuredClone(records), fine).ok).toBe(true);
    const twice = Buffer.from(text.replace('{"id":', '{"name":"Someone else","id":'));
    const parsed = twice
      .toString()
      .split(',\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown);
    expect(checkRecords({ ...run, end: twice.length }, parsed, twice).ok).toBe(false);
  });
});

describe('sameValue', () => {
  it('compares JSON data, ignoring the order of fields only', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: [] }, { a: {} })).toBe(false);
    expect(sameValue({ a: null }, { a: 0 })).toBe(false);
    expect(sameValue('x', 'x')).toBe(true);
  });
});

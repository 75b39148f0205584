import fc from 'fast-check';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { joinPieces, sliceOfPieces } from '../../src/workspace/bytePieces';
import { decodeLayout, encodeLayout, encodeRecordsInSlices, layoutPieces } from '../../src/workspace/fileLayout';
import { LayoutCache } from '../../src/workspace/layoutCache';

/**
 * The workspace file's layout: plain JSON, one record per line, written from a cache of the bytes
 * of every record and list already seen. Whatever the cache holds, a save must write exactly the
 * JSON of the document as it is now.
 */
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

const sample = {
  schemaVersion: 2,
  coalition: { name: 'Riverside County CIT', community: 'Riverside County' },
  stakeholders: [
    { id: 'st-1', name: 'Dana Whitfield', tags: ['NAMI'] },
    { id: 'st-2', name: 'José Núñez, “Zoë” 李', notes: 'Line one\nLine two\u2028' },
  ],
  meetings: [],
  history: [{ id: 'h-1', kind: 'change' }],
};

describe('encodeLayout', () => {
  it('writes one field per line and one record per line, as JSON any reader can parse', () => {
    const written = text(encodeLayout(sample));
    expect(written).toBe(
      [
        '{',
        '"schemaVersion":2,',
        '"coalition":{"name":"Riverside County CIT","community":"Riverside County"},',
        '"stakeholders":[',
        '{"id":"st-1","name":"Dana Whitfield","tags":["NAMI"]},',
        '{"id":"st-2","name":"José Núñez, “Zoë” 李","notes":"Line one\\nLine two\u2028"}',
        '],',
        '"meetings":[],',
        '"history":[',
        '{"id":"h-1","kind":"change"}',
        ']',
        '}',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(written)).toEqual(sample);
  });

  it('leaves out undefined fields and writes undefined list entries as null, as JSON.stringify does', () => {
    const doc = { a: undefined, list: [1, undefined, { b: undefined, c: 2 }], z: null };
    expect(JSON.parse(text(encodeLayout(doc)))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});

describe('decodeLayout', () => {
  it('reads what encodeLayout wrote, and the bytes it keeps write the same file again', () => {
    const bytes = encodeLayout(sample);
    const decoded = decodeLayout(bytes)!;
    expect(decoded.value).toEqual(sample);
    const again = layoutPieces(decoded.value, decoded.cache);
    expect(joinPieces(again).equals(bytes)).toBe(true);
    // Unchanged records read one after another are copied as one run, not record by record.
    expect(again.pieces.length).toBeLessThan(12);
  });

  it('declines JSON in any other layout (indented, on one line), so the caller reads it whole', () => {
    expect(decodeLayout(Buffer.from(JSON.stringify(sample, null, 2)))).toBeNull();
    expect(decodeLayout(Buffer.from(JSON.stringify(sample)))).toBeNull();
    expect(decodeLayout(Buffer.from(''))).toBeNull();
  });

  it('declines a file whose commas or brackets are not where JSON needs them', () => {
    const good = text(encodeLayout(sample));
    const broken = [
      good.replace('"schemaVersion":2,', '"schemaVersion":2'), // a missing comma between fields
      good.replace('"Dana Whitfield","tags":["NAMI"]},', '"Dana Whitfield","tags":["NAMI"]}'), // between records
      good.replace('Line two\u2028"}\n', 'Line two\u2028"},\n'), // a comma after the last record
      good.replace('],\n"meetings"', ']\n"meetings"'), // no comma after a list
      good.replace('\n]\n}', '\n}'), // a list never closed
    ];
    for (const variant of broken) {
      expect(variant).not.toBe(good);
      expect(decodeLayout(Buffer.from(variant)), variant).toBeNull();
    }
  });

  it('names the line of a damaged record', () => {
    const damaged = text(encodeLayout(sample)).replace('{"id":"st-2"', '{"id":st-2');
    expect(() => decodeLayout(Buffer.from(damaged))).toThrow(/^Line 6: /);
  });

  it('drops top-level keys that could reach a prototype', () => {
    const hostile = text(encodeLayout(sample)).replace('{\n', '{\n"__proto__":{"polluted":true},\n');
    const decoded = decodeLayout(Buffer.from(hostile))!;
    expect(Object.hasOwn(decoded.value, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(decoded.value)).toBe(Object.prototype);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('saving from the cache after changes', () => {
  type Doc = { title: string; people: Array<{ id: number; name: string }>; notes: Array<{ id: number; text: string }> };
  const change = fc.oneof(
    fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.string() }),
    fc.record({ kind: fc.constant('add' as const), name: fc.string() }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('move-last-first' as const) }),
    fc.record({ kind: fc.constant('note' as const), text: fc.string() }),
    fc.record({ kind: fc.constant('title' as const), title: fc.string() }),
  );

  it('always writes exactly the JSON of the document as it is now, whatever was changed', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), fc.array(change, { maxLength: 25 }), (names, changes) => {
        let doc: Doc = { title: 'Start', people: names.map((name, id) => ({ id, name })), notes: [] };
        const cache = new LayoutCache();
        let nextId = names.length;
        // The first save fills the cache; each later one must match a save from nothing.
        layoutPieces(doc, cache);
        for (const step of changes) {
          doc = produce(doc, (draft) => {
            if (step.kind === 'rename' && draft.people.length) draft.people[step.at % draft.people.length]!.name = step.name;
            if (step.kind === 'add') draft.people.push({ id: nextId++, name: step.name });
            if (step.kind === 'remove' && draft.people.length) draft.people.splice(step.at % draft.people.length, 1);
            if (step.kind === 'move-last-first' && draft.people.length) draft.people.unshift(draft.people.pop()!);
            if (step.kind === 'note') draft.notes.push({ id: nextId++, text: step.text });
            if (step.kind === 'title') draft.title = step.title;
          });
          const fromCache = joinPieces(layoutPieces(doc, cache));
          expect(text(fromCache)).toBe(text(encodeLayout(doc)));
          expect(JSON.parse(text(fromCache))).toEqual(doc);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('after the first save of many records, keeps them as one run, so later saves copy little', () => {
    const doc = { items: Array.from({ length: 5_000 }, (_, id) => ({ id, name: `Person ${id}` })) };
    const cache = new LayoutCache();
    expect(layoutPieces(doc, cache).pieces).toHaveLength(1);
    const edited = produce(doc, (draft) => {
      draft.items[2_500]!.name = 'Renamed';
    });
    const pieces = layoutPieces(edited, cache);
    // A handful, whatever the size of the list: the run before the change, the changed record,
    // the run after it, the last record (without its comma) and the small lines around the list.
    expect(pieces.pieces.length).toBeLessThanOrEqual(10);
    expect(text(joinPieces(pieces))).toBe(text(encodeLayout(edited)));
  });
});

describe('encodeRecordsInSlices', () => {
  it('prepares the bytes of every record between other work, and the save then writes the same file', async () => {
    const doc = { title: 'T', items: Array.from({ length: 20_000 }, (_, id) => ({ id, name: `Person ${id}`, tags: ['x'] })) };
    const cache = new LayoutCache();
    await encodeRecordsInSlices(doc, cache, () => new Promise((resolve) => setImmediate(resolve)));
    expect(doc.items.every((item) => cache.record(item) !== undefined)).toBe(true);
    expect(text(joinPieces(layoutPieces(doc, cache)))).toBe(text(encodeLayout(doc)));
  });
});

describe('sliceOfPieces', () => {
  it('gives the same bytes as slicing the joined pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 20 }), { maxLength: 8 }), fc.nat(), fc.nat(), (arrays, a, b) => {
        const pieces = { pieces: arrays, length: arrays.reduce((n, p) => n + p.length, 0) };
        const joined = joinPieces(pieces);
        const start = a % (joined.length + 1);
        const end = start + (b % (joined.length - start + 1));
        expect(sliceOfPieces(pieces, start, end).equals(joined.subarray(start, end))).toBe(true);
      }),
    );
  });
});

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, METHOD_NAMES, type MethodName } from '../../src/api/contract';
import { dispatch, PAYLOAD_LIMITS } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { COMMANDS } from '../../src/api/features';
import { backupFolderFor } from '../../src/workspace/backups';
import { checkJsonShape } from '../../src/workspace/safeJson';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';

/**
 * Hostile input to every API method. The list of methods comes from CONTRACT, so a method added
 * later is fuzzed too. Each method gets generated payloads of the wrong type, with unknown keys,
 * with "__proto__" / "constructor" / "prototype" as JSON-parsed own keys, with 1 MB strings in
 * every field, nested 10,000 levels deep, and (where the method takes ids) well-formed ids that
 * do not exist. They go through dispatch() to a real AppService on a real workspace file, and:
 *
 * - every hostile payload is refused with 'invalid-input' (unknown ids: 'conflict',
 *   'not-allowed' or 'not-found'; a query may answer, but only if nothing changed);
 * - the process keeps running (a stack overflow would surface as an 'internal' error);
 * - Object.prototype is untouched;
 * - the workspace file is byte-for-byte unchanged, and no backup was made.
 *
 * A generated payload that happens to be valid is not hostile and is not sent (it might close
 * the workspace or open a dialog); those are counted and reported.
 */
const RANDOM_RUNS_PER_METHOD = 30;
const UNKNOWN_ID = 'zz-unknown-id-000000';
const MEGABYTE = 'M'.repeat(1024 * 1024);

const tally = {
  payloads: 0,
  refused: 0,
  validSkipped: 0,
  unknownIdRefused: 0,
  unknownIdHarmless: [] as string[],
  noUnknownIdPayload: 0,
};

let service: AppService;
let file: string;
let fileBytes: Buffer;
let backupsBefore: string[];
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

beforeAll(async () => {
  const dir = await tempDir('cit-fuzz-');
  file = path.join(dir, 'Riverside.cit.json');
  // Dialogs answer "cancelled", so no method can reach a file the test did not make.
  const platform = testPlatform(dir, { newFile: file });
  service = new AppService(platform, { defaultTimeZone: 'UTC' });
  await dispatch(service.handlers, 'createWorkspace', { name: 'Riverside CIT', community: 'Riverside County' });
  await dispatch(service.handlers, 'addActionItem', { title: 'Book the hall' });
  // Changes are saved a moment after they are answered: wait for that save before taking the bytes.
  await dispatch(service.handlers, 'saveWorkspace', {});
  platform.answers.newFile = null;
  fileBytes = await readFile(file);
  backupsBefore = await readdir(backupFolderFor(file)).catch(() => []);
});

afterAll(async () => {
  await service?.close();
  console.log(
    `[safety-fuzz] ${tally.payloads} hostile payloads sent to ${METHOD_NAMES.length} methods: ${tally.refused} refused as invalid input, ${tally.unknownIdRefused} unknown-id payloads refused, ${tally.unknownIdHarmless.length} answered harmlessly without change (${tally.unknownIdHarmless.join(', ') || 'none'}); ${tally.validSkipped} generated payloads were valid by chance and not sent; ${tally.noUnknownIdPayload} methods take no id.`,
  );
});

async function expectUnchanged(method: string): Promise<void> {
  expect(await readFile(file), `${method} changed the workspace file`).toEqual(fileBytes);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(service.current, `${method} closed the workspace`).not.toBeNull();
}

function isValid(method: MethodName, payload: unknown): boolean {
  if (checkJsonShape(payload, PAYLOAD_LIMITS, 'refuse')) return false;
  return CONTRACT[method].input.safeParse(payload ?? {}).success;
}

async function sendHostile(method: MethodName, payload: unknown): Promise<void> {
  if (isValid(method, payload)) {
    tally.validSkipped += 1;
    return;
  }
  tally.payloads += 1;
  const reply = await dispatch(service.handlers, method, payload);
  expect(reply.ok, `${method} accepted ${describePayload(payload)}`).toBe(false);
  if (!reply.ok) {
    expect(reply.error.code, `${method}: ${reply.error.message}`).toBe('invalid-input');
    expect(reply.error.message.length).toBeGreaterThan(10);
    tally.refused += 1;
  }
}

function describePayload(payload: unknown): string {
  try {
    return JSON.stringify(payload)?.slice(0, 200) ?? String(payload);
  } catch {
    return String(payload).slice(0, 200);
  }
}

function keysOf(method: MethodName): string[] {
  const schema = CONTRACT[method].input as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

function deeplyNested(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}
const DEEP = deeplyNested(10_000);

/** The fixed hostile payloads for one method: a few of each kind. */
function fixedPayloads(keys: string[]): unknown[] {
  const key = keys[0] ?? 'anything';
  const proto = (inner: string) => JSON.parse(inner) as unknown;
  return [
    // Prototype keys, as a JSON-parsed payload really carries them: own, enumerable properties.
    proto('{"__proto__": {"polluted": true}}'),
    proto(`{"${key}": {"__proto__": {"polluted": true}}}`),
    proto(`{"constructor": {"prototype": {"polluted": true}}}`),
    proto(`{"${key}": "x", "prototype": {"polluted": true}}`),
    proto(`{"${key}": [{"__proto__": {"polluted": true}}]}`),
    // 1 MB in each field, and in a field that does not exist.
    ...keys.map((k) => ({ [k]: MEGABYTE })),
    { notAField: MEGABYTE },
    // 10,000 levels deep, at the top and in a field.
    DEEP,
    { [key]: DEEP },
    // Wrong types at the top.
    'a string',
    42,
    true,
    [],
    [{}],
  ];
}

/** Payloads built by fast-check: the method's own keys with values of any type, and extra keys. */
function randomPayloads(keys: string[]) {
  const value = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.string({ maxLength: 50 }),
    fc.constantFrom(
      MEGABYTE,
      -1,
      Number.NaN,
      Number.MAX_SAFE_INTEGER,
      '',
      '\u0000',
      '\ud800',
      '../../etc/passwd',
      UNKNOWN_ID,
    ),
  );
  const withOwnKeys = keys.length
    ? fc.dictionary(fc.constantFrom(...keys), value, { minKeys: 1 })
    : fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), value, { minKeys: 1 });
  const withExtraKey = fc
    .tuple(withOwnKeys, fc.string({ minLength: 1, maxLength: 12 }), value)
    .map(([base, extra, v]) => (keys.includes(extra) ? base : { ...base, [extra]: v }));
  const wrongTop = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.boolean(),
    fc.array(fc.anything({ maxDepth: 2 }), { minLength: 0, maxLength: 5 }),
  );
  return fc.oneof(withOwnKeys, withExtraKey, wrongTop);
}

// ---- unknown ids: a payload valid in every way except that its ids name nothing ----

const isIdKey = (key: string) => /(^id$|^ids$|Id$|Ids$)/.test(key);

type Schema = z.ZodType & { def: Record<string, unknown>; shape?: Record<string, Schema>; options?: unknown[] };

function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 10; i += 1) {
    const def = current.def as { type: string; innerType?: Schema; in?: Schema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

const FILLERS: unknown[] = [
  'Fuzz text',
  'https://example.org',
  'UTC',
  '2026-03-02',
  '09:30',
  10,
  1,
  0,
  true,
  false,
  null,
  [],
  {},
];

/** A value the schema accepts, preferring the unknown id for id fields; undefined if none found. */
function synthesize(
  schema: Schema,
  idField: boolean,
  depth = 0,
): { value: unknown; usedUnknownId: boolean } | undefined {
  const candidates: unknown[] = idField ? [UNKNOWN_ID, [UNKNOWN_ID]] : [];
  const inner = unwrap(schema);
  if (inner.options) candidates.push(...inner.options);
  if (inner.shape && depth < 4) {
    const built = synthesizeObject(inner.shape, depth + 1);
    if (built) {
      if (schema.safeParse(built.value).success) return built;
    }
  }
  if (!idField) candidates.push(...FILLERS);
  for (const candidate of candidates) {
    if (schema.safeParse(candidate).success) return { value: candidate, usedUnknownId: idField && candidate !== null };
  }
  return undefined;
}

function synthesizeObject(
  shape: Record<string, Schema>,
  depth: number,
): { value: Record<string, unknown>; usedUnknownId: boolean } | undefined {
  const value: Record<string, unknown> = {};
  let usedUnknownId = false;
  for (const [key, schema] of Object.entries(shape)) {
    const optional = schema.safeParse(undefined).success;
    if (optional && !isIdKey(key)) continue;
    const made = synthesize(schema, isIdKey(key), depth);
    if (!made) {
      if (optional) continue;
      return undefined;
    }
    value[key] = made.value;
    usedUnknownId ||= made.usedUnknownId;
  }
  return { value, usedUnknownId };
}

describe('hostile input to every API method', () => {
  it('refuses unknown method names', async () => {
    for (const name of [
      '',
      'eval',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'x'.repeat(10_000),
      42,
      null,
      { a: 1 },
    ]) {
      const reply = await dispatch(service.handlers, name, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
    await expectUnchanged('unknown method');
  });

  it.each(METHOD_NAMES.map((m) => [m]))(
    '%s: refuses wrong types, unknown keys, prototype keys, 1 MB strings and 10,000-level nesting',
    async (method) => {
      const keys = keysOf(method);
      for (const payload of fixedPayloads(keys)) await sendHostile(method, payload);
      await fc.assert(
        fc.asyncProperty(randomPayloads(keys), async (payload) => {
          await sendHostile(method, payload);
        }),
        { numRuns: RANDOM_RUNS_PER_METHOD },
      );
      await expectUnchanged(method);
    },
  );

  it.each(METHOD_NAMES.map((m) => [m]))('%s: refuses ids that name nothing, changing nothing', async (method) => {
    const shape = (CONTRACT[method].input as unknown as Schema).shape;
    const made = shape ? synthesizeObject(shape, 0) : undefined;
    if (!made || !made.usedUnknownId || !isValid(method, made.value)) {
      tally.noUnknownIdPayload += 1;
      return;
    }
    tally.payloads += 1;
    const reply = await dispatch(service.handlers, method, made.value);
    if (reply.ok) {
      // Only a query may answer; a command that accepted a missing id would have changed the file.
      expect(Object.hasOwn(COMMANDS, method), `${method} accepted unknown ids: ${describePayload(made.value)}`).toBe(
        false,
      );
      tally.unknownIdHarmless.push(method);
    } else {
      expect(
        ['conflict', 'not-allowed', 'not-found'],
        `${method}: ${reply.error.code} ${reply.error.message}`,
      ).toContain(reply.error.code);
      tally.unknownIdRefused += 1;
    }
    await expectUnchanged(method);
  });

  it('refuses deep and prototype-key payloads before any schema sees them (so a looser schema added later is covered too)', async () => {
    for (const method of METHOD_NAMES) {
      const key = keysOf(method)[0] ?? 'anything';
      const deep = await dispatch(service.handlers, method, { [key]: [{ extra: DEEP }] });
      expect(!deep.ok && deep.error.message).toMatch(/nested more than 32 levels deep/);
      const polluting = await dispatch(
        service.handlers,
        method,
        JSON.parse(`{"${key}": [{"__proto__": {"polluted": true}}]}`),
      );
      expect(!polluting.ok && polluting.error.message).toMatch(/field name "__proto__"/);
      tally.payloads += 2;
    }
    await expectUnchanged('shape guard');
  });

  it('left the workspace file, its backups and Object.prototype exactly as they were', async () => {
    expect(await readFile(file)).toEqual(fileBytes);
    expect(await readdir(backupFolderFor(file)).catch(() => [])).toEqual(backupsBefore);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(tally.payloads).toBeGreaterThan(METHOD_NAMES.length * 10);
  });
});

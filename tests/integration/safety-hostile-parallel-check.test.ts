import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generator/workspace';
import { writeWorkspaceFile } from '../../bench/generator/write';
import { PARALLEL_CHECK_FROM_BYTES, type StartCheckWorker } from '../../src/workspace/check/parallelCheck';
import { loadWorkspaceFile } from '../../src/workspace/documentFile';
import { WorkspaceFileError } from '../../src/workspace/errors';
import { startSourceCheckWorker } from '../support/checkWorkers';
import { tempDir } from '../support/tempdir';

/**
 * A large file from elsewhere is checked on several threads (src/workspace/check/). A hostile
 * one (nested thousands of levels deep, a field named twice, two records with one id, bytes
 * that are not UTF-8) gets there exactly the refusal the check on one thread gives, wherever in
 * the file it is: in a record the threads check, or in the header or history the main thread
 * checks. The file is never written.
 */
const context = { defaultTimeZone: 'UTC' };
let dir = '';
let original = '';
const generated = generateWorkspace({ scale: 0.15 });

beforeAll(async () => {
  dir = await tempDir('cit-hostile-parallel-');
  const file = path.join(dir, 'generated.cit.json');
  // About 10 MB: large enough to be shared between threads.
  await writeWorkspaceFile(generated, file);
  original = await readFile(file, 'utf8');
  expect(Buffer.byteLength(original)).toBeGreaterThan(PARALLEL_CHECK_FROM_BYTES);
}, 60_000);

/** Changes the line of the record with this id (the first line holding it). */
function onRecordLine(id: string, change: (line: string) => string) {
  return (text: string) => {
    const at = text.indexOf(`{"id":"${id}"`);
    expect(at).toBeGreaterThan(0);
    const end = text.indexOf('\n', at);
    return text.slice(0, at) + change(text.slice(at, end)) + text.slice(end);
  };
}

const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Opens the changed file on several threads and on one: both refuse it, with the same words. */
async function expectRefusedAlike(name: string, change: (text: string) => string | Buffer, details: RegExp) {
  const file = path.join(dir, `${name}.cit.json`);
  const changed = Buffer.from(change(original));
  // Compared as bytes: the test library's deep equality takes most of a minute over 10 MB.
  expect(changed.equals(Buffer.from(original)), name).toBe(false);
  await writeFile(file, changed);
  let threads = 0;
  const checkWorkers: StartCheckWorker = () => {
    threads += 1;
    return startSourceCheckWorker();
  };
  const parallel = await loadWorkspaceFile(file, context, { checkWorkers }).catch((error: unknown) => error);
  const single = await loadWorkspaceFile(file, context).catch((error: unknown) => error);
  expect(threads, name).toBeGreaterThan(0);
  expect(parallel, name).toBeInstanceOf(WorkspaceFileError);
  expect(single, name).toBeInstanceOf(WorkspaceFileError);
  expect((parallel as WorkspaceFileError).details).toEqual((single as WorkspaceFileError).details);
  expect((parallel as WorkspaceFileError).details.join('\n'), name).toMatch(details);
  expect((await readFile(file)).equals(changed), name).toBe(true);
}

describe('a hostile large file, checked on several threads', () => {
  const person = generated.stakeholders.at(-2)!;
  const item = generated.actionItems.at(-5)!;

  it('nested 10,000 levels deep, in a record, the header or the history', async () => {
    const deep = nested(10_000);
    const tooDeep = /nested more than 64 levels deep/;
    await expectRefusedAlike(
      'deep-record',
      onRecordLine(person.id, (line) => line.replace('{"id":', `{"deep":${deep},"id":`)),
      tooDeep,
    );
    await expectRefusedAlike(
      'deep-header',
      (text) => text.replace('"coalition":{', `"coalition":{"deep":${deep},`),
      tooDeep,
    );
    await expectRefusedAlike(
      'deep-history',
      (text) => text.replace('"history":[\n', `"history":[\n{"deep":${deep}},\n`),
      tooDeep,
    );
  }, 120_000);

  it('with a field named twice, in a record, the header, the history, or the workspace itself', async () => {
    await expectRefusedAlike(
      'twice-record',
      onRecordLine(person.id, (line) => line.replace('{"id":', '{"name":"Someone else","id":')),
      /^Line [\d,]+: stakeholders › \d+ has the field "name" twice/m,
    );
    await expectRefusedAlike(
      'twice-header',
      (text) => text.replace('"coalition":{', '"coalition":{"name":"Elsewhere",'),
      /^Line 3: coalition has the field "name" twice/m,
    );
    await expectRefusedAlike(
      'twice-history',
      (text) => text.replace(/(\n\{"id":"hist-[^"]+",)/, '$1"kind":"change",'),
      /^Line [\d,]+: history › \d+ has the field "kind" twice/m,
    );
    await expectRefusedAlike(
      'twice-workspace',
      (text) => text.replace(/\n\]\n\}\n?$/, '\n],\n"stakeholders":[]\n}\n'),
      /the workspace has the field "stakeholders" twice/,
    );
  }, 120_000);

  it('with two records of one id, far apart in the file', async () => {
    const first = generated.actionItems[0]!;
    await expectRefusedAlike(
      'same-id',
      onRecordLine(item.id, (line) => line.replace(`"id":"${item.id}"`, `"id":"${first.id}"`)),
      new RegExp(`^actionItems › \\d+ › id: "${first.id}" is also the id of actionItems › 0`, 'm'),
    );
  }, 120_000);

  it('with bytes that are not UTF-8 text in a record', async () => {
    await expectRefusedAlike(
      'not-text',
      (text) => {
        const at = text.indexOf(person.name);
        return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff]), Buffer.from(text.slice(at + 1))]);
      },
      /^Line [\d,]+ \(byte [\d,]+ of the file\): it holds bytes that are not text/m,
    );
  }, 120_000);
});

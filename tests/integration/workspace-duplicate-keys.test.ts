import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { savedWithBackup } from '../support/safety/savedWithBackup';
import { testPlatform } from '../support/safety/platform';

/**
 * What JSON.parse and a lenient decoder would hide: a field named twice (the last one silently
 * wins), two records with one id, bytes that are not UTF-8 text (silently replaced). Each is
 * refused as a damaged file is, saying what was found and where, with the newest good backup
 * offered, and the file is never written.
 */
async function expectDamaged<Damaged extends string | Buffer>(change: (text: string) => Damaged, details: RegExp) {
  const { dir, file, text } = await savedWithBackup();
  const damaged = change(text);
  expect(damaged).not.toEqual(text);
  await writeFile(file, damaged);
  const service = new AppService(testPlatform(dir, { open: file }), { defaultTimeZone: 'UTC' });
  const reply = await dispatch(service.handlers, 'openWorkspace', {});
  expect(reply).toMatchObject({
    ok: false,
    error: { code: 'file', data: { problem: 'invalid', offer: { backupId: expect.any(String) } } },
  });
  expect(!reply.ok && reply.error.message).toMatch(/could not be opened because some of its contents are not valid/);
  expect(!reply.ok && reply.error.details?.join('\n')).toMatch(details);
  expect(await readFile(file)).toEqual(Buffer.from(damaged));
  return { text, damaged };
}

/** The file as ordinary indented JSON, as another program would write it (not the app's layout). */
function indented(text: string): string {
  return JSON.stringify(JSON.parse(text), null, 2);
}

/** The line (from 1) on which `needle` last occurs. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.lastIndexOf(needle)).split('\n').length;
}

describe('a field named twice', () => {
  it('an appended "stakeholders":[] is refused, not opened as a workspace with no people', async () => {
    const append = (text: string) => text.replace(/\n\]\n\}\n?$/, '\n],\n"stakeholders":[]\n}\n');
    const { damaged } = await expectDamaged(append, /^Line \d+: the workspace has the field "stakeholders" twice/m);
    await expectDamaged(append, new RegExp(`^Line ${lineOf(damaged, '"stakeholders":[]')}: `, 'm'));
    await expectDamaged(
      (text) => indented(text).replace(/\n\}$/, ',\n  "stakeholders": []\n}'),
      /the workspace has the field "stakeholders" twice/,
    );
  });

  it('within a record, or deeper, naming the record and the line', async () => {
    const inRecord = (text: string) => text.replace('{"id":', '{"name":"Someone else","id":');
    const { damaged } = await expectDamaged(inRecord, /stakeholders › 0 has the field "name" twice/);
    expect(lineOf(damaged, '"name":"Dana Lee"')).toBeGreaterThan(3);
    await expectDamaged(inRecord, new RegExp(`^Line ${lineOf(damaged, '"name":"Dana Lee"')}: stakeholders › 0 `, 'm'));
    await expectDamaged(
      (text) => text.replace('"coalition":{', '"coalition":{"name":"Elsewhere",'),
      /coalition has the field "name" twice/,
    );
    await expectDamaged(
      (text) => text.replace('"tags":[]', '"tags":[{"a":1,"b":{"c":1,"c":2}}]'),
      /stakeholders › 0 › tags › 0 › b has the field "c" twice/,
    );
    await expectDamaged(
      (text) => indented(text).replace('"name": "Luis Ortiz"', '"name": "Luis Ortiz",\n      "name": "Someone else"'),
      /stakeholders › 1 has the field "name" twice/,
    );
    // Written with an escape, it is still the same name.
    await expectDamaged(
      (text) => text.replace('{"id":', '{"n\\u0061me":"Someone else","id":'),
      /has the field "name" twice/,
    );
  });

  it('does not take quotes inside text for fields', async () => {
    const { dir, file, text } = await savedWithBackup();
    const tricky = text.replace('"name":"Dana Lee"', '"name":"Dana \\"name\\": Lee \\\\"');
    await writeFile(file, tricky);
    const service = new AppService(testPlatform(dir, { open: file }), { defaultTimeZone: 'UTC' });
    expect(await dispatch(service.handlers, 'openWorkspace', {})).toMatchObject({ ok: true });
    expect(service.current!.doc.stakeholders[0]!.name).toBe('Dana "name": Lee \\');
    await service.close();
  });
});

describe('two records with one id', () => {
  it('is refused, naming the collection, the id and both records', async () => {
    await expectDamaged((text) => {
      const dana = /"id":"([^"]+)","name":"Dana Lee"/.exec(text)![1]!;
      const luis = /"id":"([^"]+)","name":"Luis Ortiz"/.exec(text)![1]!;
      return text.replace(`"id":"${luis}"`, `"id":"${dana}"`);
    }, /^stakeholders › 1 › id: "[^"]+" is also the id of stakeholders › 0/m);
  });
});

describe('bytes that are not UTF-8 text', () => {
  it('are refused, naming the line and the byte, instead of being replaced on the next save', async () => {
    const { damaged } = await expectDamaged(
      (text) =>
        Buffer.concat([
          Buffer.from(text.slice(0, text.indexOf('Luis'))),
          Buffer.from([0xe9]),
          Buffer.from(text.slice(text.indexOf('Luis') + 1)),
        ]),
      /^Line \d+ \(byte \d+ of the file\): it holds bytes that are not text in the UTF-8 encoding/m,
    );
    const at = damaged.indexOf(0xe9);
    const line = damaged.subarray(0, at).toString().split('\n').length;
    await expectDamaged(
      (text) =>
        Buffer.concat([
          Buffer.from(text.slice(0, text.indexOf('Luis'))),
          Buffer.from([0xe9]),
          Buffer.from(text.slice(text.indexOf('Luis') + 1)),
        ]),
      new RegExp(`^Line ${line} \\(byte ${at.toLocaleString('en-US')} of the file\\)`, 'm'),
    );
    // A character cut short, and an encoded surrogate (never valid in UTF-8).
    for (const bad of [
      [0xe2, 0x82],
      [0xed, 0xa0, 0x80],
    ]) {
      await expectDamaged(
        (text) => Buffer.concat([Buffer.from(text.replace('Riverside CIT', 'Riverside ')), Buffer.from(bad)]),
        /not text in the UTF-8 encoding/,
      );
    }
  });
});

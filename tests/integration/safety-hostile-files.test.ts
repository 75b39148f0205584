import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/api/dispatcher';
import { AppService } from '../../src/api/service';
import { emptyWorkspace } from '../../src/workspace/document';
import { MAX_WORKSPACE_BYTES } from '../../src/workspace/documentFile';
import { savedWithBackup } from '../support/safety/savedWithBackup';
import { testPlatform } from '../support/safety/platform';
import { tempDir } from '../support/tempdir';
import { dispatchAndSave } from '../support/safety/dispatchAndSave';

/**
 * A workspace file mailed to the user is hostile input: it is opened through the API exactly as
 * the Open dialog would, and must give a clear refusal (or open harmlessly), never a crash, a
 * polluted prototype or a changed file.
 */
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function baseDoc(): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(
      emptyWorkspace({ name: 'Mailed', community: '', timeZone: 'UTC', now: new Date('2026-03-02T15:00:00Z') }),
    ),
  );
}

async function openMailed(text: string) {
  const dir = await tempDir('cit-hostile-');
  const file = path.join(dir, 'Mailed to you.cit.json');
  await writeFile(file, text);
  const service = new AppService(testPlatform(dir, { open: file }), { defaultTimeZone: 'UTC' });
  const reply = await dispatch(service.handlers, 'openWorkspace', {});
  return { reply, file, service, text };
}

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('hostile workspace files', () => {
  it('with __proto__, constructor and prototype keys: they are dropped, nothing inherits from them', async () => {
    const text = JSON.stringify(baseDoc())
      .replace('{', '{"__proto__":{"polluted":true,"isAdmin":true},"constructor":{"prototype":{"polluted":true}},')
      .replace('"coalition":{', '"coalition":{"__proto__":{"polluted":true},');
    expect(text).toContain('"__proto__"');
    const { reply, service, file } = await openMailed(text);
    expect(reply).toMatchObject({ ok: true });
    const doc = service.current!.doc as Record<string, unknown>;
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(Object.hasOwn(doc, '__proto__')).toBe(false);
    expect(Object.hasOwn(doc, 'constructor')).toBe(false);
    expect((doc as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);

    // The next save writes the file without them.
    await dispatchAndSave(service.handlers, 'updateCoalition', { name: 'Mailed, checked', community: '' });
    expect(await readFile(file, 'utf8')).not.toMatch(/__proto__|"constructor"|"prototype"/);
    await service.close();
  });

  it('nested 10,000 levels deep: refused with a clear message, no stack overflow, file untouched', async () => {
    for (const where of ['unknown', 'known'] as const) {
      const doc = baseDoc();
      const text =
        where === 'unknown'
          ? JSON.stringify(doc).replace(/}$/, `,"extra":${nested(10_000)}}`)
          : JSON.stringify(doc).replace('"name":"Mailed"', `"name":${nested(10_000)}`);
      const { reply, file } = await openMailed(text);
      expect(reply).toMatchObject({ ok: false, error: { code: 'file', data: { problem: 'invalid' } } });
      expect(!reply.ok && reply.error.message).toMatch(
        /could not be opened because some of its contents are not valid/,
      );
      expect(!reply.ok && reply.error.details?.join(' ')).toMatch(/nested more than 64 levels deep/);
      expect(await readFile(file, 'utf8')).toBe(text);
    }
  });

  it('holding a 50 MB string: refused with a clear message naming its size', async () => {
    for (const where of ['notes', 'unknown'] as const) {
      const doc = baseDoc();
      const huge = 'A'.repeat(50 * 1024 * 1024);
      if (where === 'unknown') doc.attachment = huge;
      else (doc.coalition as Record<string, unknown>).name = huge;
      const { reply, file } = await openMailed(JSON.stringify(doc));
      expect(reply).toMatchObject({ ok: false, error: { code: 'file', data: { problem: 'invalid' } } });
      expect(!reply.ok && reply.error.details?.join(' ')).toMatch(/text of 52,428,800 characters/);
      expect((await readFile(file)).length).toBeGreaterThan(50 * 1024 * 1024);
    }
  }, 60_000);

  it('far too large to be a workspace: refused before it is read', async () => {
    const dir = await tempDir('cit-hostile-');
    const file = path.join(dir, 'Huge.cit.json');
    await writeFile(file, '');
    await truncate(file, MAX_WORKSPACE_BYTES + 1); // sparse: costs no disk
    const service = new AppService(testPlatform(dir, { open: file }));
    const reply = await dispatch(service.handlers, 'openWorkspace', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'file' } });
    expect(!reply.ok && reply.error.message).toMatch(/larger than any workspace the app can open/);
  });

  it('with fields of the wrong type, control characters in names, or unknown format: each refused, none changed', async () => {
    const cases: Array<[string, (doc: Record<string, unknown>) => void, RegExp]> = [
      ['wrong type', (doc) => (doc.stakeholders = 'everyone'), /stakeholders/],
      [
        'control character',
        (doc) => ((doc.coalition as Record<string, unknown>).name = 'Bad\u0007name'),
        /control character/,
      ],
      ['newer format', (doc) => (doc.schemaVersion = 99), /newer version/],
    ];
    for (const [, change, message] of cases) {
      const doc = baseDoc();
      change(doc);
      const { reply, file, text } = await openMailed(JSON.stringify(doc));
      expect(reply.ok).toBe(false);
      expect(!reply.ok && `${reply.error.message} ${reply.error.details?.join(' ')}`).toMatch(message);
      expect(await readFile(file, 'utf8')).toBe(text);
    }
  });

  it("in the app's own one-record-per-line layout, nested 10,000 levels deep: the same plain refusal, the backup offered", async () => {
    const deep = nested(10_000);
    const cases: Array<[string, (text: string) => string]> = [
      ['a record', (text) => text.replace('\n{"id":', `\n{"deep":${deep},"id":`)],
      ['a header field', (text) => text.replace('"coalition":{', `"coalition":{"deep":${deep},`)],
      ['a field of its own', (text) => text.replace('"coalition":', `"deep":${deep},\n"coalition":`)],
      ['the history', (text) => text.replace(/"history":\[\n/, `"history":[\n{"deep":${deep}},\n`)],
    ];
    for (const [where, change] of cases) {
      const { dir, file, text } = await savedWithBackup();
      const hostile = change(text);
      expect(hostile, where).not.toBe(text);
      await writeFile(file, hostile);
      const service = new AppService(testPlatform(dir, { open: file }), { defaultTimeZone: 'UTC' });
      const reply = await dispatch(service.handlers, 'openWorkspace', {});
      expect(reply, where).toMatchObject({
        ok: false,
        error: { code: 'file', data: { problem: 'invalid', offer: { backupId: expect.any(String) } } },
      });
      expect(!reply.ok && reply.error.message).toMatch(
        /could not be opened because some of its contents are not valid/,
      );
      expect(!reply.ok && reply.error.details?.join(' ')).toMatch(/nested more than 64 levels deep/);
      expect(await readFile(file, 'utf8')).toBe(hostile);
    }
  });
});

import { request } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/api/contract';
import { COMMANDS } from '../../src/api/features';
import { WorkspaceSession } from '../../src/workspace/session';
import { createTestHost, type TestHost } from '../e2e/host/testHost';
import { tempDir } from '../support/tempdir';

/**
 * The browser test host's HTTP transport: the contract can be read from GET /api, every call
 * goes through the same dispatcher as IPC, and whatever arrives (broken JSON, wrong types, an
 * unknown method, too much data, a request from elsewhere) gets a clear JSON error and leaves
 * the workspace file exactly as it was.
 */
let folder: string;
let workspacePath: string;
let host: TestHost;

beforeAll(async () => {
  folder = await tempDir('cit-host-api-');
  workspacePath = path.join(folder, 'Lakeside.cit.json');
  const session = await WorkspaceSession.create(workspacePath, {
    name: 'Lakeside County CIT Coalition',
    community: 'Lakeside County',
    timeZone: 'America/Chicago',
  });
  await session.close();
  host = await createTestHost({
    workspacePath,
    openAtStart: true,
    maxBodyBytes: 64 * 1024,
    rendererDir: path.join(folder, 'no-renderer'),
  });
});

afterAll(async () => {
  await host?.close();
  await rm(folder, { recursive: true, force: true });
});

interface Reply {
  status: number;
  type: string;
  body: unknown;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw HTTP request, so tests can send what fetch would not (another Host header). */
function send(
  method: string,
  pathname: string,
  options: { body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method, path: pathname, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = null;
          }
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, text, headers: res.headers });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = (method: string, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  send('POST', `/api/${method}`, { body, headers });

function errorOf(reply: Reply) {
  expect(reply.type).toMatch(/^application\/json/);
  const body = reply.body as {
    ok: boolean;
    error?: { code: string; message: string; fields?: Record<string, string> };
  };
  expect(body.ok).toBe(false);
  return body.error!;
}

describe('GET /api', () => {
  it('lists every method of the contract with its summary and input as JSON Schema', async () => {
    const reply = await send('GET', '/api');
    expect(reply.status).toBe(200);
    const body = reply.body as { methods: { name: string; summary: string; input: Record<string, unknown> }[] };
    expect(body.methods.map((m) => m.name).sort()).toEqual([...METHOD_NAMES].sort());
    for (const method of body.methods) {
      expect(method.summary.length, method.name).toBeGreaterThan(10);
      expect(method.input.type, `${method.name} input`).toBe('object');
      expect(method.input.$schema, `${method.name} input`).toMatch(/json-schema\.org/);
    }
    const update = body.methods.find((m) => m.name === 'updateCoalition')!;
    expect(update.input).toMatchObject({
      properties: { name: { type: 'string' } },
      required: ['name'],
      additionalProperties: false,
    });
  });
});

describe('POST /api/<method>', () => {
  it('answers a good call like IPC does, and the change reaches the file', async () => {
    const reply = await post(
      'updateCoalition',
      JSON.stringify({ name: 'Lakeside County CIT', community: 'Lakeside County' }),
    );
    expect(reply.status).toBe(200);
    // Answered at once; the save follows a moment later, and saveWorkspace waits for it.
    expect(reply.body).toMatchObject({
      ok: true,
      value: { description: 'change coalition details to "Lakeside County CIT"', save: { state: 'saving' } },
    });
    expect((await post('saveWorkspace', '{}')).body).toMatchObject({ ok: true, value: { state: 'saved' } });
    expect(JSON.parse(await readFile(workspacePath, 'utf8')).coalition.name).toBe('Lakeside County CIT');
    const view = await post('getWorkspace', '');
    expect(view.body).toMatchObject({
      ok: true,
      value: { fileName: 'Lakeside.cit.json', undo: 'change coalition details to "Lakeside County CIT"' },
    });
  });

  it('refuses everything malformed with a clear JSON error and leaves the file byte-for-byte unchanged', async () => {
    const before = await readFile(workspacePath);

    const badJson = errorOf(await post('updateCoalition', '{"name": "Oops",'));
    expect(badJson.code).toBe('invalid-input');
    expect(badJson.message).toMatch(/^The request body is not valid JSON/);

    const wrongTypes = await post('updateCoalition', JSON.stringify({ name: 42, community: ['x'] }));
    expect(wrongTypes.status).toBe(400);
    const wrong = errorOf(wrongTypes);
    expect(wrong.code).toBe('invalid-input');
    expect(wrong.fields).toMatchObject({ name: 'Coalition name must be text.', community: 'Community must be text.' });

    const extraKey = errorOf(
      await post('updateCoalition', JSON.stringify({ name: 'Fine', community: '', isAdmin: true })),
    );
    expect(extraKey.code).toBe('invalid-input');

    const control = errorOf(await post('updateCoalition', JSON.stringify({ name: 'Bad\u0007name', community: '' })));
    expect(control.message).toMatch(/control character/);

    const notAnObject = errorOf(await post('updateCoalition', '"just a string"'));
    expect(notAnObject.code).toBe('invalid-input');

    const unknown = await post('dropAllTables', '{}');
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown)).toMatchObject({
      code: 'not-found',
      message: 'There is no method called "dropAllTables".',
    });

    const prototype = await post('__proto__', '{}');
    expect(errorOf(prototype).code).toBe('not-found');

    const tooBig = await post('updateCoalition', JSON.stringify({ name: 'Big', community: 'x'.repeat(70 * 1024) }));
    expect(tooBig.status).toBe(413);
    expect(errorOf(tooBig).message).toMatch(/too large/);

    const notJson = await post('updateCoalition', 'name=Form+post', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(notJson.status).toBe(415);
    expect(errorOf(notJson).message).toMatch(/Content-Type: application\/json/);

    const fromElsewhere = await post('updateCoalition', JSON.stringify({ name: 'Hijacked', community: '' }), {
      'Content-Type': 'application/json',
      Origin: 'https://evil.example',
    });
    expect(fromElsewhere.status).toBe(403);
    expect(errorOf(fromElsewhere).code).toBe('not-allowed');

    const rebound = await send('POST', '/api/updateCoalition', {
      body: JSON.stringify({ name: 'Rebound', community: '' }),
      headers: { 'Content-Type': 'application/json', Host: 'attacker.example' },
    });
    expect(rebound.status).toBe(403);

    const wrongVerb = await send('GET', '/api/updateCoalition');
    expect(wrongVerb.status).toBe(405);
    expect(errorOf(wrongVerb).message).toMatch(/POST/);

    expect(await readFile(workspacePath)).toEqual(before);
  });
});

describe('the page and its events', () => {
  it('says plainly when the renderer has not been built, serves the shim, and refuses paths outside the build', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(503);
    expect(page.text).toMatch(/npm run build:renderer/);
    const shim = await send('GET', '/cit-shim.js');
    expect(shim.status).toBe(200);
    for (const name of METHOD_NAMES) expect(shim.text).toContain(`"${name}"`);
    const escape = await send('GET', '/..%2f..%2fpackage.json');
    expect(escape.status).toBe(404);
  });

  it('streams app events as Server-Sent Events', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/events' }, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('"backups"')) {
            req.destroy();
            resolve(text);
          }
        });
        // Once connected, send an event as the desktop menu would.
        setTimeout(() => host.sendEvent({ type: 'menu', action: 'backups' }), 50);
      });
      req.on('error', (error) => (error.message.includes('aborted') ? undefined : reject(error)));
      req.end();
    });
    expect(received).toContain('data: {"type":"menu","action":"backups"}');
  });

  it('the service behind it is the real one: a command run directly shows in the next call', async () => {
    await host.service.current!.execute(COMMANDS.updateCoalition, { name: 'Set directly', community: '' });
    const view = await post('getWorkspace', '{}');
    const revision = (view.body as { value: { revision: number } }).value.revision;
    // The document comes as its own bytes (JSON), the rest of the part in a header, as IPC would pass them.
    const part = await post('readWorkspaceDocument', '{"part":0}');
    expect(part.type).toBe('application/octet-stream');
    expect(JSON.parse(String(part.headers['x-cit-value']))).toMatchObject({ revision, part: 0, parts: 1, totalBytes: Buffer.byteLength(part.text) });
    expect(part.body).toMatchObject({ coalition: { name: 'Set directly' } });
  });
});

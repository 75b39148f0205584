import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { CONTRACT, METHOD_NAMES } from '../../../src/api/contract';
import { dispatch } from '../../../src/api/dispatcher';
import type { ApiErrorBody, ApiReply, ErrorCode } from '../../../src/api/errors';
import type { AppEvent } from '../../../src/api/platform';
import { AppService } from '../../../src/api/service';
import { parseJsonSafely } from '../../../src/workspace/safeJson';
import { createHostPlatform, type HostPlatform } from './platform';
import { shimSource } from './shim';
import { type SessionOptions } from '../../../src/workspace/sessionTypes';

/**
 * A loopback HTTP server that plays the desktop app's main process for a browser: it serves the
 * built renderer and answers the same API contract with the same dispatcher and service as the
 * Electron IPC layer.
 *
 *   GET  /api            every method with its summary and input as JSON Schema
 *   POST /api/<method>   the JSON input in, the dispatcher's { ok, value } | { ok: false, error } out
 *                        (a value with bytes in it comes as those bytes, the rest in a header)
 *   GET  /api/events     Server-Sent Events: the AppEvents the main process would send
 *   GET  /cit-shim.js    window.cit for the page (injected before the app's module script)
 *
 * It listens on 127.0.0.1 only, answers only requests addressed to it by that name (so a web
 * page elsewhere cannot reach it through DNS tricks), and accepts calls only as JSON (so a
 * cross-site form cannot post to it without a CORS preflight it never grants).
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const DEFAULT_RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');
export const SAMPLE_PATH = path.join(REPO_ROOT, 'resources', 'sample', 'riverside-county.cit.json');
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface TestHostOptions {
  /** The file every "dialog" answers with: created, opened, or the target of Save As. */
  workspacePath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  rendererDir?: string;
  /** Where the recent list is kept; a new temporary folder if not given. */
  stateDir?: string;
  samplePath?: string;
  sessionOptions?: SessionOptions;
  /** Open the workspace before the page loads, as the desktop app does with a file it is given. */
  openAtStart?: boolean;
  maxBodyBytes?: number;
}

export interface TestHost {
  url: string;
  port: number;
  service: AppService;
  platform: HostPlatform;
  /** Sends an event to every open page, e.g. a menu action: { type: 'menu', action: 'backups' }. */
  sendEvent(event: AppEvent): void;
  /** How many pages are listening for events now (a page subscribes a moment after it loads). */
  readonly eventClients: number;
  close(): Promise<void>;
}

const STATUS: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-allowed': 403,
  'not-found': 404,
  conflict: 409,
  file: 422,
  internal: 500,
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

export async function createTestHost(options: TestHostOptions): Promise<TestHost> {
  const rendererDir = path.resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
  const ownStateDir = options.stateDir ? null : await mkdtemp(path.join(tmpdir(), 'cit-host-state-'));
  const stateDir = options.stateDir ?? ownStateDir!;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const streams = new Set<ServerResponse>();

  const sendEvent = (event: AppEvent) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of streams) stream.write(frame);
  };

  const packageJson = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  const platform = createHostPlatform({
    workspacePath: path.resolve(options.workspacePath),
    stateDir,
    samplePath: options.samplePath ?? SAMPLE_PATH,
    appVersion: packageJson.version,
    notify: sendEvent,
  });
  const service = new AppService(platform, options.sessionOptions ?? {});
  if (options.openAtStart) await service.openPath(path.resolve(options.workspacePath));

  const shim = shimSource(METHOD_NAMES);
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const ownOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return sendJson(
        res,
        403,
        failure('not-allowed', 'This host answers only requests addressed to 127.0.0.1 or localhost.'),
      );
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;

    if (pathname === '/api' || pathname === '/api/') {
      if (req.method !== 'GET')
        return sendJson(
          res,
          405,
          failure('not-allowed', 'GET /api lists the methods; call one with POST /api/<method>.'),
          { Allow: 'GET' },
        );
      return sendJson(res, 200, describeApi());
    }
    if (pathname === '/api/events') {
      if (req.method !== 'GET')
        return sendJson(res, 405, failure('not-allowed', 'Subscribe to events with GET /api/events.'), {
          Allow: 'GET',
        });
      return openEventStream(req, res);
    }
    if (pathname.startsWith('/api/')) return callMethod(req, res, pathname.slice('/api/'.length));
    if (pathname === '/cit-shim.js') return send(res, 200, 'text/javascript; charset=utf-8', shim);
    // The browser asks for an icon the desktop app never needs; answer "nothing" rather than 404.
    if (pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Only GET is served here.');
    return serveStatic(res, pathname);
  }

  async function callMethod(req: IncomingMessage, res: ServerResponse, rawName: string): Promise<void> {
    if (req.method !== 'POST') {
      return sendJson(
        res,
        405,
        failure('not-allowed', 'Call a method with POST /api/<method> and its input as a JSON body.'),
        { Allow: 'POST' },
      );
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !ownOrigins().has(origin)) {
      return sendJson(res, 403, failure('not-allowed', 'Calls are accepted only from the app’s own page.'));
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') {
      return sendJson(
        res,
        415,
        failure('invalid-input', 'Send the input as JSON, with the header Content-Type: application/json.'),
      );
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too-large') {
      return sendJson(
        res,
        413,
        failure(
          'invalid-input',
          `The request is too large: at most ${Math.round(maxBodyBytes / (1024 * 1024))} MB may be sent in one call.`,
        ),
        { Connection: 'close' },
      );
    }
    let payload: unknown;
    if (body.trim() !== '') {
      try {
        payload = parseJsonSafely(body);
      } catch (error) {
        return sendJson(
          res,
          400,
          failure('invalid-input', `The request body is not valid JSON: ${(error as Error).message}`),
        );
      }
    }
    let name: string;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      name = rawName;
    }
    const reply = await dispatch(service.handlers, name, payload);
    if (reply.ok && hasBytes(reply.value)) return sendBinary(res, reply.value);
    return sendJson(res, reply.ok ? 200 : STATUS[reply.error.code], reply);
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    let relative: string;
    try {
      relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'That address is not valid.');
    }
    const filePath = path.resolve(rendererDir, `.${relative}`);
    if (path.relative(rendererDir, filePath).startsWith('..') || relative.includes('\0')) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    }
    let bytes: Buffer;
    try {
      if (!(await stat(filePath)).isFile()) throw new Error('not a file');
      bytes = await readFile(filePath);
    } catch {
      if (relative === '/index.html') {
        return send(
          res,
          503,
          'text/plain; charset=utf-8',
          `The screen has not been built yet (no ${filePath}). Run: npm run build:renderer`,
        );
      }
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    }
    const type = CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    if (relative === '/index.html') {
      const html = injectShim(bytes.toString('utf8'));
      // A meta tag cannot forbid framing; say it as a header too.
      return send(res, 200, type, html, {
        'Content-Security-Policy': "frame-ancestors 'none'",
        'X-Frame-Options': 'DENY',
      });
    }
    return send(res, 200, type, bytes);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, failure('internal', `The test host failed: ${(error as Error).message}`));
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    service,
    platform,
    sendEvent,
    get eventClients() {
      return streams.size;
    },
    async close() {
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
      if (ownStateDir) await rm(ownStateDir, { recursive: true, force: true });
    },
  };
}

/** Every method of the contract with its summary and its input as JSON Schema. */
let apiDescription: unknown = null;
export function describeApi(): unknown {
  apiDescription ??= {
    name: 'CIT Coalition Organizer (browser test host)',
    call: 'POST /api/<method> with the input as a JSON body (Content-Type: application/json). The reply is { "ok": true, "value": ... } or { "ok": false, "error": { "code", "message", "fields"?, "details"?, "data"? } }.',
    events: 'GET /api/events: a Server-Sent Events stream of app events (menu actions, workspace changes).',
    methods: METHOD_NAMES.map((name) => ({
      name,
      summary: CONTRACT[name].summary,
      input: inputSchema(CONTRACT[name].input),
    })),
  };
  return apiDescription;
}

function inputSchema(schema: z.ZodType): unknown {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch (error) {
    return { description: `This input cannot be written as JSON Schema (${(error as Error).message}).` };
  }
}

/** Puts the shim before the app's module script, so window.cit exists when the app starts. */
export function injectShim(html: string): string {
  const moduleScript = /<script\b[^>]*\btype=["']module["'][^>]*>/i;
  if (!moduleScript.test(html)) throw new Error('The built index.html has no module script to put the shim before.');
  return html.replace(moduleScript, (tag) => `<script src="/cit-shim.js"></script>\n    ${tag}`);
}

function failure(code: ErrorCode, message: string): ApiReply<never> {
  const error: ApiErrorBody = { code, message };
  return { ok: false, error };
}

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** A value carrying bytes (a part of the document): IPC passes those as they are; JSON cannot. */
function hasBytes(value: unknown): value is { bytes: Uint8Array } {
  return typeof value === 'object' && value !== null && (value as { bytes?: unknown }).bytes instanceof Uint8Array;
}

/**
 * Sends such a value as its bytes, with the rest of it as JSON in the X-Cit-Value header; the
 * shim puts them back together, so the page sees what the preload would give it.
 */
function sendBinary(res: ServerResponse, value: { bytes: Uint8Array }): void {
  const { bytes, ...rest } = value;
  send(res, 200, 'application/octet-stream', Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    'X-Cit-Value': JSON.stringify(rest),
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

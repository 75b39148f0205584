import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/tempdir';
import { APP_INDEX_URL, createAppProtocolHandler, resolveAppFile } from '../../electron/appProtocol';

const root = path.resolve('/app/out/renderer');

describe('resolveAppFile: app://cit/ serves out/renderer and nothing else', () => {
  it.each([
    [APP_INDEX_URL, path.join(root, 'index.html')],
    ['app://cit/', path.join(root, 'index.html')],
    ['app://cit', path.join(root, 'index.html')],
    ['app://cit/index.html#/meetings', path.join(root, 'index.html')],
    ['app://cit/assets/index-abc.js?v=1', path.join(root, 'assets', 'index-abc.js')],
    ['app://cit/assets/My%20Font.woff2', path.join(root, 'assets', 'My Font.woff2')],
    // The URL parser resolves ".." (plain or as %2e%2e) against the root: the result stays inside.
    ['app://cit/../../etc/passwd', path.join(root, 'etc', 'passwd')],
    ['app://cit/%2e%2e/%2e%2e/etc/passwd', path.join(root, 'etc', 'passwd')],
  ])('%s → %s', (url, expected) => {
    expect(resolveAppFile(url, root)).toBe(expected);
  });

  it.each([
    'app://cit/assets/%2E%2E%2F%2E%2E%2Fsecret',
    'app://cit/..%2f..%2fsecret',
    'app://cit/..%5c..%5csecret',
    'app://cit/a%00.js',
    'app://cit/%E0%A4%A',
    'app://other/index.html',
    'app://user:pw@cit/index.html',
    'file:///app/out/renderer/index.html',
    'https://cit/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

describe('the app:// protocol handler', () => {
  it('serves a real file under the root through fetchFile', async () => {
    const dir = await tempDir();
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets', 'a.js'), 'export {}');
    const fetchFile = vi.fn(async (url: string) => new Response(`served ${url}`));
    const handler = createAppProtocolHandler(dir, fetchFile);
    const response = await handler(new Request('app://cit/assets/a.js'));
    expect(response.status).toBe(200);
    expect(fetchFile).toHaveBeenCalledWith(pathToFileURL(path.join(dir, 'assets', 'a.js')).href);
  });

  it('answers 404 for paths outside the root, other methods, and files that fail to load', async () => {
    const fetchFile = vi.fn(async () => {
      throw new Error('ERR_FILE_NOT_FOUND');
    });
    const handler = createAppProtocolHandler(root, fetchFile);
    expect((await handler(new Request('app://cit/..%2f..%2fsecret'))).status).toBe(404);
    expect((await handler(new Request('app://cit/index.html', { method: 'POST', body: 'x' }))).status).toBe(404);
    expect((await handler(new Request('app://cit/missing.js'))).status).toBe(404);
    expect(fetchFile).toHaveBeenCalledTimes(1);
  });
});

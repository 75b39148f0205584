import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The built screen is served from app://cit/ rather than file://. electron-builder.yml turns off
 * the fuse that gives file:// pages extra powers, and a file:// page could otherwise read any
 * file on the disk through a single injected script; app://cit/ serves only out/renderer.
 * Being a standard, secure scheme it also has a real origin, so the page's ES module scripts
 * load as they would from a web server.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cit';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Must be registered before the app is ready (protocol.registerSchemesAsPrivileged). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

/**
 * The file a request for app://cit/... names inside `rootDir`, or null for anything that is not
 * plainly a file under it: another host, an encoded "..", a backslash, a NUL. "/" means index.html.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username || url.password) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\\') || relative.includes('\0')) return null;
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const segments = relative.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, ...segments);
  const inside = path.relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return filePath;
}

/**
 * The protocol handler: GET or HEAD of a file under `rootDir`, read through `fetchFile`
 * (Electron's net.fetch, which also reads inside app.asar); anything else is a 404.
 */
export function createAppProtocolHandler(
  rootDir: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const filePath = request.method === 'GET' || request.method === 'HEAD' ? resolveAppFile(request.url, rootDir) : null;
    if (!filePath) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    try {
      return await fetchFile(pathToFileURL(filePath).href);
    } catch {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
  };
}

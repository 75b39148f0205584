import { isAllowedExternalUrl } from '../src/api/externalLinks';

/**
 * The window's security rules, as plain functions: what the page may navigate to, what happens
 * to links that try to open a window, which IPC senders are ours, and the permissions the page
 * gets (none). main.ts wires them to Electron; tests call them directly.
 */

/**
 * Whether `url` is the app's own page: in a build, anything on app://cit/ (that scheme serves
 * only the built screen, see appProtocol.ts); in development, the dev server, compared by
 * origin. The hash and query may differ (the router keeps its place in the hash). A file://
 * URL is never the app, whatever file it names.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const candidate = parseUrl(url);
  const app = parseUrl(appUrl);
  if (!candidate || !app) return false;
  if (candidate.username !== '' || candidate.password !== '') return false;
  if (app.protocol === 'http:' || app.protocol === 'https:') {
    return candidate.protocol === app.protocol && candidate.origin === app.origin;
  }
  if (app.protocol === 'file:' || app.host === '') return false;
  // A custom scheme has no origin to Node's URL parser ("null"), so compare its parts. Node
  // keeps the host's case for such schemes; Chromium lowercases it, as hosts are case-blind.
  return candidate.protocol === app.protocol && candidate.host.toLowerCase() === app.host.toLowerCase();
}

export type NavigationDecision = { action: 'allow' } | { action: 'deny' } | { action: 'open-external'; url: string };

/**
 * A page that navigates away from the app would run someone else's page with our preload, so
 * the window only ever shows the app. A clicked web or mail link opens in the person's browser
 * or mail program instead; anything else (file:, javascript:, data:, custom schemes) goes nowhere.
 */
export function decideNavigation(url: string, appUrl: string): NavigationDecision {
  if (isAppUrl(url, appUrl)) return { action: 'allow' };
  return externalOrDeny(url);
}

/** The app never opens a second window: window.open and target=_blank links go to the browser or nowhere. */
export function decideWindowOpen(url: string): Exclude<NavigationDecision, { action: 'allow' }> {
  return externalOrDeny(url);
}

function externalOrDeny(url: string): Exclude<NavigationDecision, { action: 'allow' }> {
  return isAllowedExternalUrl(url) ? { action: 'open-external', url } : { action: 'deny' };
}

/** What the IPC check needs to know of a frame (Electron's WebFrameMain has all of these). */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/**
 * An IPC call is answered only when it comes from the top frame of our window while that frame
 * shows the app. A frame inside the page (an iframe someone managed to add) or the window after
 * it was somehow navigated elsewhere gets a refusal, even though the preload would let it ask.
 */
export function isTrustedSender(
  senderFrame: FrameLike | null | undefined,
  mainFrame: FrameLike | null | undefined,
  appUrl: string,
): boolean {
  if (!senderFrame || !mainFrame) return false;
  if (senderFrame.parent !== null) return false;
  const sameFrame =
    senderFrame === mainFrame ||
    (senderFrame.processId === mainFrame.processId && senderFrame.routingId === mainFrame.routingId);
  return sameFrame && isAppUrl(senderFrame.url, appUrl);
}

/** The parts of a webContents that hardening touches; Electron's WebContents has them all. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { url: string; preventDefault(): void }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applies the navigation rules to one webContents. main.ts calls it for every webContents the
 * app creates ('web-contents-created'), so no page, now or later, escapes the rules.
 */
export function hardenWebContents(
  contents: HardenableContents,
  appUrl: string,
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, appUrl);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-external') openExternal(decision.url);
  });
  // A redirect is the server's choice, not a click: stay on the app or stop, never open a browser.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'open-external') openExternal(decision.url);
    return { action: 'deny' };
  });
  // The app has no use for <webview>; one attached by injected markup would be a way out.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The permission calls of Electron's Session that we answer. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/**
 * Writing to the clipboard, which "Copy invitation" does when a person presses it. Reading it is
 * not allowed: a page that could read the clipboard could read whatever the person copied last.
 */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

/**
 * The app needs no camera, microphone, location, notifications, clipboard reading, USB or
 * anything else a page can ask for, so every request and every check is answered no, except
 * writing to the clipboard (ALLOWED_PERMISSIONS).
 */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) =>
    callback(ALLOWED_PERMISSIONS.has(permission)),
  );
  session.setPermissionCheckHandler((_webContents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

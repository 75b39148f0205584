import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl } from '../../src/api/externalLinks';
import { APP_INDEX_URL } from '../../electron/appProtocol';
import {
  decideNavigation,
  decideWindowOpen,
  denyAllPermissions,
  hardenWebContents,
  isAppUrl,
  isTrustedSender,
  type FrameLike,
  type HardenableContents,
} from '../../electron/security';

const DEV_URL = 'http://localhost:5173/';

describe('isAllowedExternalUrl: only https and mailto leave the app', () => {
  it.each([
    ['https://www.citinternational.org', true],
    ['https://www.citinternational.org/path?q=1#x', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['  https://example.org  ', true], // URL parsing trims the outer spaces; it is still a plain https link
    ['mailto:chair@example.org', true],
    ['MAILTO:chair@example.org?subject=Agenda', true],
    ['http://example.org', false],
    ['file:///etc/passwd', false],
    ['file://C:/Windows/system32/calc.exe', false],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' javascript:alert(1)', false],
    ['javascript:alert(1)//https://x', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['search-ms:query=calc', false],
    ['smb://server/share', false],
    ['ftp://example.org', false],
    ['zoommtg://zoom.us/join', false],
    ['https://user:pass@example.org', false],
    ['https://user@example.org', false],
    ['https://example.org@evil.example', false],
    ['https:', false],
    ['https://', false],
    ['mailto:', false],
    // Mail links carry plain addresses and only the parameters the app writes (subject, body, bcc).
    ['mailto:chair@example.org?subject=Agenda&body=Line%201%0ALine%202', true],
    ['mailto:?bcc=a@example.org,b%2Bcit@example.org&subject=Invitation', true],
    ['mailto:?subject=Invitation', true],
    ['mailto:chair@example.org?attach=/etc/passwd', false],
    ['mailto:chair@example.org?subject=Hi&attach=C:%5Cboot.ini', false],
    ['mailto:chair@example.org?Attachment=/etc/passwd', false],
    ['mailto:chair@example.org?cc=other@example.org', false],
    ['mailto:chair@example.org?to=other@example.org', false],
    ['mailto:chair@example.org?x-header=1', false],
    ['mailto:chair%3Fattach=x@example.org', false],
    ['mailto:chair@example.org%3Fattach=/etc/passwd', false],
    ['mailto:chair@example.org,other@example.org', true],
    ['mailto:chair@example.org;other@example.org', false],
    ['mailto:?bcc=a@example.org%3Fattach=/etc/passwd', false],
    ['mailto:?bcc=a@example.org,not-an-address', false],
    ['mailto:?bcc=&subject=Invitation', false],
    ['mailto:chair@example.org#top', false],
    ['mailto:"a b"@example.org', false],
    ['mailto:?', false],
    ['not a url', false],
    ['', false],
  ])('%j → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('isAppUrl', () => {
  it.each([
    [APP_INDEX_URL, APP_INDEX_URL, true],
    ['app://cit/index.html#/stakeholders', APP_INDEX_URL, true],
    ['app://cit/index.html?x=1', APP_INDEX_URL, true],
    ['APP://CIT/index.html', APP_INDEX_URL, true],
    ['app://other/index.html', APP_INDEX_URL, false],
    ['app://user:pw@cit/index.html', APP_INDEX_URL, false],
    ['file:///work/out/renderer/index.html', APP_INDEX_URL, false],
    ['https://cit/index.html', APP_INDEX_URL, false],
    ['http://localhost:5173/#/meetings', DEV_URL, true],
    ['http://localhost:5173/src/main.tsx', DEV_URL, true],
    ['http://localhost:5174/', DEV_URL, false],
    ['https://localhost:5173/', DEV_URL, false],
    ['http://localhost:5173@evil.example/', DEV_URL, false],
    ['http://evil.example/?http://localhost:5173/', DEV_URL, false],
    ['javascript:alert(1)', APP_INDEX_URL, false],
    ['garbage', APP_INDEX_URL, false],
  ])('%s against %s → %s', (url, appUrl, expected) => {
    expect(isAppUrl(url, appUrl)).toBe(expected);
  });

  it('never treats file:// as the app, even when the app URL is a file', () => {
    expect(isAppUrl('file:///a/index.html', 'file:///a/index.html')).toBe(false);
  });
});

describe('decideNavigation', () => {
  it.each([
    ['app://cit/index.html#/meetings', { action: 'allow' }],
    ['https://www.citinternational.org/', { action: 'open-external', url: 'https://www.citinternational.org/' }],
    ['mailto:x@example.org', { action: 'open-external', url: 'mailto:x@example.org' }],
    ['http://example.org/', { action: 'deny' }],
    ['file:///etc/passwd', { action: 'deny' }],
    ['javascript:alert(1)//https://x', { action: 'deny' }],
    ['data:text/html,hi', { action: 'deny' }],
    ['ms-settings:', { action: 'deny' }],
    ['https://user:pass@example.org/', { action: 'deny' }],
  ])('%s → %o', (url, decision) => {
    expect(decideNavigation(url, APP_INDEX_URL)).toEqual(decision);
  });
});

describe('decideWindowOpen: never a second window', () => {
  it.each([
    ['app://cit/index.html', { action: 'deny' }],
    ['https://example.org/', { action: 'open-external', url: 'https://example.org/' }],
    ['mailto:x@example.org', { action: 'open-external', url: 'mailto:x@example.org' }],
    ['about:blank', { action: 'deny' }],
    ['http://example.org/', { action: 'deny' }],
    ['file:///C:/Windows/notepad.exe', { action: 'deny' }],
    ['JAVASCRIPT:alert(1)', { action: 'deny' }],
  ])('%s → %o', (url, decision) => {
    expect(decideWindowOpen(url)).toEqual(decision);
  });
});

describe('isTrustedSender', () => {
  const main: FrameLike = { url: 'app://cit/index.html#/', parent: null, processId: 4, routingId: 1 };

  it('accepts the main frame showing the app', () => {
    expect(isTrustedSender(main, main, APP_INDEX_URL)).toBe(true);
    expect(isTrustedSender({ ...main }, main, APP_INDEX_URL)).toBe(true);
  });

  it.each([
    ['no frame (navigated or destroyed)', null],
    ['a child frame', { ...main, routingId: 7, parent: main }],
    ['a child frame claiming the main ids', { ...main, parent: main }],
    ['another frame of the same process', { ...main, routingId: 2 }],
    ['the main frame after leaving the app', { ...main, url: 'https://evil.example/' }],
    ['the main frame showing a local file', { ...main, url: 'file:///tmp/x.html' }],
  ])('refuses %s', (_label, frame) => {
    expect(isTrustedSender(frame, main, APP_INDEX_URL)).toBe(false);
  });

  it('refuses everything when there is no window', () => {
    expect(isTrustedSender(main, null, APP_INDEX_URL)).toBe(false);
  });
});

/** A stand-in webContents that records its listeners. */
function fakeContents() {
  const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      windowOpenHandler = handler;
    },
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)?.(event);
    return event.preventDefault;
  };
  return {
    contents: contents as unknown as HardenableContents,
    listeners,
    fire,
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  };
}

describe('hardenWebContents', () => {
  it('keeps navigation inside the app and sends web links to the browser', () => {
    const openExternal = vi.fn();
    const fake = fakeContents();
    hardenWebContents(fake.contents, APP_INDEX_URL, openExternal);

    expect(fake.fire('will-navigate', 'app://cit/index.html#/x')).not.toHaveBeenCalled();
    expect(fake.fire('will-navigate', 'https://example.org/')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(fake.fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('stops redirects away from the app without opening anything', () => {
    const openExternal = vi.fn();
    const fake = fakeContents();
    hardenWebContents(fake.contents, APP_INDEX_URL, openExternal);
    expect(fake.fire('will-redirect', 'https://example.org/')).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window, handing allowed links to the browser', () => {
    const openExternal = vi.fn();
    const fake = fakeContents();
    hardenWebContents(fake.contents, APP_INDEX_URL, openExternal);
    expect(fake.openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://cit/index.html')).toEqual({ action: 'deny' });
    expect(fake.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('prevents <webview> from attaching', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, APP_INDEX_URL, vi.fn());
    expect(fake.fire('will-attach-webview')).toHaveBeenCalled();
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no, except writing to the clipboard', () => {
    let request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((wc: unknown, permission: string) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.({}, permission)).toBe(false);
    }
    // "Copy invitation" writes the invitation to the clipboard; nothing may read it.
    const callback = vi.fn();
    request?.({}, 'clipboard-sanitized-write', callback);
    expect(callback).toHaveBeenCalledWith(true);
    expect(check?.({}, 'clipboard-sanitized-write')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, windowOptions } from '../../electron/windowOptions';

describe('windowOptions: the one window is locked down', () => {
  const options = windowOptions({ x: 10, y: 20, width: 1200, height: 800 }, '/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['spellcheck', true],
  ] as const)('webPreferences.%s is %s', (key, value) => {
    // toBe, not toBeFalsy: a missing key would fall back to Electron's default, which may change.
    expect(prefs[key]).toBe(value);
  });

  it('loads the given preload and nothing else that runs with privileges', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(Object.keys(prefs)).not.toContain('additionalArguments');
    expect(Object.keys(prefs)).not.toContain('enableBlinkFeatures');
  });

  it('uses the remembered bounds, a minimum size, and stays hidden until painted', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
    expect(options.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(options.minHeight).toBe(MIN_WINDOW_SIZE.height);
  });

  it('leaves the position to the system when none is remembered', () => {
    const fresh = windowOptions({ width: 1000, height: 700 }, '/p.cjs');
    expect(fresh).not.toHaveProperty('x');
    expect(fresh).not.toHaveProperty('y');
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempdir';
import {
  DEFAULT_WINDOW_SIZE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect,
} from '../../electron/windowState';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 860 };
const monitorRight: Rect = { x: 1440, y: 0, width: 2560, height: 1400 };

function isInside(bounds: Rect, area: Rect): boolean {
  return bounds.x >= area.x && bounds.y >= area.y && bounds.x + bounds.width <= area.x + area.width && bounds.y + bounds.height <= area.y + area.height;
}

describe('fitToDisplays', () => {
  it('keeps bounds that are on a display', () => {
    const bounds = { x: 100, y: 50, width: 1000, height: 700 };
    expect(fitToDisplays(bounds, [laptop])).toEqual(bounds);
  });

  it('keeps a window on a second monitor while that monitor is connected', () => {
    const bounds = { x: 2000, y: 100, width: 1600, height: 1000 };
    expect(fitToDisplays(bounds, [laptop, monitorRight])).toEqual(bounds);
  });

  it('brings a window back when its monitor is gone', () => {
    const fitted = fitToDisplays({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop]);
    expect(isInside(fitted, laptop)).toBe(true);
  });

  it('brings back a window whose title bar is above the top of the screen', () => {
    const fitted = fitToDisplays({ x: 100, y: -500, width: 1000, height: 700 }, [laptop]);
    expect(isInside(fitted, laptop)).toBe(true);
    expect(fitted.width).toBe(1000);
  });

  it('brings back a window far off to the left and shrinks one larger than every display', () => {
    const fitted = fitToDisplays({ x: -5000, y: 200, width: 5000, height: 3000 }, [laptop]);
    expect(fitted).toEqual({ x: 0, y: 0, width: laptop.width, height: laptop.height });
  });

  it('moves the window to the display it overlaps most', () => {
    // Mostly on the right monitor, but the title bar sits above its top edge.
    const fitted = fitToDisplays({ x: 2000, y: -200, width: 1000, height: 900 }, [laptop, monitorRight]);
    expect(isInside(fitted, monitorRight)).toBe(true);
  });

  it('never makes a window smaller than the minimum size when the display allows it', () => {
    const fitted = fitToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [laptop]);
    expect(fitted.width).toBeGreaterThanOrEqual(800);
    expect(fitted.height).toBeGreaterThanOrEqual(560);
  });
});

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    const text = JSON.stringify({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(parseWindowState(text, [laptop])).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
  });

  it.each([
    ['no file', null],
    ['empty', ''],
    ['cut off mid-write', '{"bounds":{"x":10,"y":2'],
    ['not JSON', 'window at 10,20'],
    ['wrong shape', '{"bounds":[1,2,3,4]}'],
    ['negative size', '{"bounds":{"x":0,"y":0,"width":-5,"height":700}}'],
    ['strings for numbers', '{"bounds":{"x":"0","y":"0","width":"900","height":"700"}}'],
    ['null', 'null'],
  ])('falls back to the defaults for %s', (_label, text) => {
    const state = parseWindowState(text, [laptop]);
    expect(state.maximized).toBe(false);
    expect(state.bounds).toEqual({ width: DEFAULT_WINDOW_SIZE.width, height: Math.min(DEFAULT_WINDOW_SIZE.height, laptop.height) });
  });

  it('shrinks the default size to a small screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(parseWindowState(null, [small]).bounds).toEqual({ width: 1024, height: 700 });
  });
});

describe('loadWindowState and saveWindowState on a real file', () => {
  it('round-trips through the file', async () => {
    const file = path.join(await tempDir(), 'nested', 'window-state.json');
    saveWindowState(file, { bounds: { x: 50, y: 60, width: 1100, height: 760 }, maximized: false });
    expect(loadWindowState(file, [laptop])).toEqual({ bounds: { x: 50, y: 60, width: 1100, height: 760 }, maximized: false });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ bounds: { x: 50 } });
  });

  it('gives the defaults for a missing or damaged file', async () => {
    const dir = await tempDir();
    expect(loadWindowState(path.join(dir, 'absent.json'), [laptop]).bounds).not.toHaveProperty('x');
    const damaged = path.join(dir, 'window-state.json');
    await writeFile(damaged, '\u0000\u0000{garbage');
    expect(loadWindowState(damaged, [laptop])).toEqual(parseWindowState(null, [laptop]));
  });

  it('brings a saved off-screen window back onto the display', async () => {
    const file = path.join(await tempDir(), 'window-state.json');
    saveWindowState(file, { bounds: { x: 3000, y: 100, width: 1200, height: 800 }, maximized: false });
    const state = loadWindowState(file, [laptop]);
    expect(isInside(state.bounds as Rect, laptop)).toBe(true);
  });
});

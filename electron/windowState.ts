import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MIN_WINDOW_SIZE, type WindowBounds } from './windowOptions';

/**
 * The window's size and place, remembered between runs in a small JSON file in userData. The
 * saved place is checked against the displays connected now: a laptop taken off its second
 * monitor must not open the app somewhere nobody can see it.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 840 } as const;

const SavedState = z.object({
  bounds: z.object({
    x: z.number().int().finite(),
    y: z.number().int().finite(),
    width: z.number().int().positive().finite(),
    height: z.number().int().positive().finite(),
  }),
  maximized: z.boolean().default(false),
});

/** How much of the title bar must be on a screen for the person to grab it. */
const GRAB_WIDTH = 120;
const TITLE_BAR_HEIGHT = 32;

/** The state for a first run, or when the file is missing or damaged: default size, placed by the OS. */
export function defaultWindowState(workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  const width = primary ? Math.min(DEFAULT_WINDOW_SIZE.width, primary.width) : DEFAULT_WINDOW_SIZE.width;
  const height = primary ? Math.min(DEFAULT_WINDOW_SIZE.height, primary.height) : DEFAULT_WINDOW_SIZE.height;
  return { bounds: { width, height }, maximized: false };
}

/**
 * Reads the file's text (null if there is none) into a state that fits the displays given
 * (their work areas, primary first). Anything unreadable gives the defaults: losing the window
 * position is a small thing; refusing to start over it would not be.
 */
export function parseWindowState(text: string | null, workAreas: readonly Rect[]): WindowState {
  if (text === null) return defaultWindowState(workAreas);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return defaultWindowState(workAreas);
  }
  const parsed = SavedState.safeParse(json);
  if (!parsed.success) return defaultWindowState(workAreas);
  return { bounds: fitToDisplays(parsed.data.bounds, workAreas), maximized: parsed.data.maximized };
}

/**
 * Keeps saved bounds when the title bar can still be reached on some display; otherwise moves
 * the window onto the display it overlaps most (or the primary one), shrunk to fit if needed.
 */
export function fitToDisplays(bounds: Rect, workAreas: readonly Rect[]): Rect {
  if (workAreas.length === 0) return bounds;
  const width = Math.max(bounds.width, MIN_WINDOW_SIZE.width);
  const height = Math.max(bounds.height, MIN_WINDOW_SIZE.height);
  const sized = { ...bounds, width, height };
  const titleBar = { x: sized.x, y: sized.y, width: sized.width, height: TITLE_BAR_HEIGHT };
  const grabbable = workAreas.some((area) => {
    const overlap = intersection(titleBar, area);
    return overlap.width >= Math.min(GRAB_WIDTH, sized.width) && overlap.height >= TITLE_BAR_HEIGHT / 2;
  });
  const fitsSomeDisplay = workAreas.some((area) => sized.width <= area.width && sized.height <= area.height);
  if (grabbable && fitsSomeDisplay) return sized;

  const target = bestDisplay(sized, workAreas);
  const fittedWidth = Math.min(sized.width, target.width);
  const fittedHeight = Math.min(sized.height, target.height);
  return {
    x: clamp(sized.x, target.x, target.x + target.width - fittedWidth),
    y: clamp(sized.y, target.y, target.y + target.height - fittedHeight),
    width: fittedWidth,
    height: fittedHeight,
  };
}

/** Reads and checks the state file; a missing or unreadable file gives the defaults. */
export function loadWindowState(filePath: string, workAreas: readonly Rect[]): WindowState {
  let text: string | null;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    text = null;
  }
  return parseWindowState(text, workAreas);
}

/**
 * Writes the state when the window closes. Synchronous on purpose: the window is closing and
 * the process may exit right after, before an asynchronous write would finish. The temp file
 * and rename mean a crash mid-write leaves the old file, never half a file.
 */
export function saveWindowState(filePath: string, state: { bounds: Rect; maximized: boolean }): void {
  const temp = `${filePath}.tmp`;
  mkdirSync(path.dirname(filePath), { recursive: true });
  writeFileSync(temp, JSON.stringify(state, null, 2));
  renameSync(temp, filePath);
}

function bestDisplay(bounds: Rect, workAreas: readonly Rect[]): Rect {
  let best = workAreas[0] as Rect;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = intersection(bounds, area);
    const size = overlap.width * overlap.height;
    if (size > bestArea) {
      best = area;
      bestArea = size;
    }
  }
  return best;
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

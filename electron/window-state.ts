import { z } from 'zod';

/**
 * The main window's size and position between runs. Loading never fails: a missing, corrupt or
 * stale file (a monitor unplugged since) falls back to a sensible default that is on screen.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  width: number;
  height: number;
  /** Absent when the window should be centred. */
  x?: number;
  y?: number;
  isMaximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, isMaximized: false };
export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
/** How much of the title bar must be on a display for a saved position to be kept. */
const MIN_VISIBLE = 100;

const int = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  width: int.min(1),
  height: int.min(1),
  x: int.optional(),
  y: int.optional(),
  isMaximized: z.boolean().default(false),
});

/** Parses the saved file's text; anything unexpected means "no saved state". */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = stateSchema.safeParse(json);
  if (!parsed.success) return null;
  const { x, y, ...rest } = parsed.data;
  // A position is only meaningful as a pair.
  return x !== undefined && y !== undefined ? { ...rest, x, y } : rest;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fits a saved state to the displays attached now: the size is capped to the largest work area and
 * floored at the minimum, and a position is kept only if enough of the window's top edge lands on a
 * display to grab it; otherwise the window is centred.
 */
export function clampToDisplays(state: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const base = state ?? DEFAULT_WINDOW_STATE;
  if (workAreas.length === 0) return { ...DEFAULT_WINDOW_STATE, isMaximized: base.isMaximized };
  const maxWidth = Math.max(...workAreas.map((a) => a.width));
  const maxHeight = Math.max(...workAreas.map((a) => a.height));
  const width = Math.max(Math.min(base.width, maxWidth), Math.min(MIN_WIDTH, maxWidth));
  const height = Math.max(Math.min(base.height, maxHeight), Math.min(MIN_HEIGHT, maxHeight));
  const result: WindowState = { width, height, isMaximized: base.isMaximized };
  if (base.x === undefined || base.y === undefined) return result;

  const titleBar: Rect = { x: base.x, y: base.y, width, height: 30 };
  const home = workAreas.find((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(MIN_VISIBLE, width) && o.height > 0;
  });
  if (!home) return result;
  // Keep it on the display it belongs to, nudged inside if it hangs over an edge.
  const x = Math.min(Math.max(base.x, home.x), home.x + home.width - Math.min(width, home.width));
  const y = Math.min(Math.max(base.y, home.y), home.y + home.height - Math.min(height, home.height));
  return { ...result, x, y };
}

export function serializeWindowState(bounds: Rect, isMaximized: boolean): string {
  const state: WindowState = {
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    isMaximized,
  };
  return `${JSON.stringify(state, null, 2)}\n`;
}

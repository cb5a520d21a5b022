import { describe, expect, it } from 'vitest';
import { clampToDisplays, DEFAULT_WINDOW_STATE, MIN_HEIGHT, MIN_WIDTH, parseWindowState, serializeWindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads what serializeWindowState wrote', () => {
    const text = serializeWindowState({ x: 100.4, y: 50, width: 1200, height: 800 }, true);
    expect(parseWindowState(text)).toEqual({ x: 100, y: 50, width: 1200, height: 800, isMaximized: true });
  });

  it.each([
    null,
    '',
    'not json',
    '[]',
    '{"width":"1200","height":800}',
    '{"width":-5,"height":800}',
    '{"width":1e12,"height":800}',
    '{"width":1200.5,"height":800}',
  ])('treats %j as no saved state', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });

  it('drops half a position', () => {
    expect(parseWindowState('{"width":1000,"height":700,"x":10}')).toEqual({ width: 1000, height: 700, isMaximized: false });
  });
});

describe('clampToDisplays', () => {
  it('uses the default, centred, when nothing was saved', () => {
    expect(clampToDisplays(null, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a position that is on a display', () => {
    const state = { x: 1600, y: 100, width: 1400, height: 900, isMaximized: false };
    expect(clampToDisplays(state, [laptop, monitorRight])).toEqual(state);
  });

  it('centres a window whose monitor was unplugged', () => {
    const state = { x: 1600, y: 100, width: 1400, height: 900, isMaximized: true };
    expect(clampToDisplays(state, [laptop])).toEqual({ width: 1400, height: 875, isMaximized: true });
  });

  it('centres a window parked above the top of every display (title bar unreachable)', () => {
    const state = { x: 100, y: -500, width: 1000, height: 700, isMaximized: false };
    expect(clampToDisplays(state, [laptop]).x).toBeUndefined();
  });

  it('nudges a window that hangs off an edge back inside its display', () => {
    const state = { x: 1200, y: 600, width: 1000, height: 700, isMaximized: false };
    expect(clampToDisplays(state, [laptop])).toEqual({ x: 440, y: 175, width: 1000, height: 700, isMaximized: false });
  });

  it('caps the size to the largest display and floors it at the minimum', () => {
    expect(clampToDisplays({ width: 5000, height: 4000, isMaximized: false }, [laptop, monitorRight])).toEqual({
      width: 2560,
      height: 1400,
      isMaximized: false,
    });
    expect(clampToDisplays({ width: 200, height: 100, isMaximized: false }, [laptop])).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      isMaximized: false,
    });
  });

  it('fits a display smaller than the minimum size', () => {
    const tiny = { x: 0, y: 0, width: 800, height: 500 };
    expect(clampToDisplays({ width: 1280, height: 820, isMaximized: false }, [tiny])).toEqual({
      width: 800,
      height: 500,
      isMaximized: false,
    });
  });

  it('handles displays at negative coordinates', () => {
    const left = { x: -1920, y: 0, width: 1920, height: 1040 };
    const state = { x: -1800, y: 40, width: 1200, height: 800, isMaximized: false };
    expect(clampToDisplays(state, [laptop, left])).toEqual(state);
  });
});

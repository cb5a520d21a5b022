import type { CostCategory } from '@shared/domain';

/**
 * Chart colours from the NHS identity palette, chosen to stay distinct when a board paper is
 * printed in colour and, with the dash patterns and markers, when it is photocopied in grey.
 */
export const CATEGORY_COLOURS: Record<CostCategory, string> = {
  licence: '#005EB8',
  support: '#41B6E6',
  hosting: '#00A499',
  implementation: '#ED8B00',
  migration: '#AE2573',
  'hosting-transfer': '#7C2855',
  'dual-running': '#FFB81C',
  'procurement-legal': '#425563',
  staff: '#768692',
  exit: '#8A1538',
  contingency: '#7C2855',
  'residual-value': '#009639',
  other: '#AEB7BD',
};

export const OPTIMISM_BIAS_COLOUR = '#231F20';

const SERIES_COLOURS = ['#005EB8', '#ED8B00', '#009639', '#AE2573', '#425563', '#41B6E6', '#8A1538', '#00A499', '#FFB81C', '#768692'];
const SERIES_DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '10 4', '1 2', '6 2 2 2 2 2', '12 3', '3 6'];
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';
const SERIES_MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross'];

export interface SeriesStyle {
  colour: string;
  dash: string;
  marker: MarkerShape;
}

/** The n-th option's line style; cycles, varying dash and marker so no two of ten look alike. */
export function seriesStyle(index: number): SeriesStyle {
  const i = Math.max(0, Math.floor(index));
  return {
    colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
    dash: SERIES_DASHES[i % SERIES_DASHES.length],
    marker: SERIES_MARKERS[i % SERIES_MARKERS.length],
  };
}

/** Neutral inks for axes, grids and labels, fixed so print does not follow the screen theme. */
export const INK = { text: '#1B1F23', muted: '#55606B', grid: '#D8DDE0', axis: '#768692', today: '#005EB8' } as const;

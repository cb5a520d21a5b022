/** Colours, dashes and words for the timeline's bars and markers; the legend prints the words. */
import type { BarKind, MarkerKind } from '@shared/presentation/timeline';

export type { BarKind, MarkerKind };

export const BAR_STYLES: Record<BarKind, { label: string; fill: string; text: string }> = {
  procurement: { label: 'Procurement', fill: '#AEB7BD', text: '#1B1F23' },
  implementation: { label: 'Implementation', fill: '#ED8B00', text: '#1B1F23' },
  contract: { label: 'Contract term', fill: '#005EB8', text: '#FFFFFF' },
  'hosting-transfer': { label: 'Hosting transfer', fill: '#00A499', text: '#1B1F23' },
  'dual-running': { label: 'Dual running', fill: '#AE2573', text: '#FFFFFF' },
};

export const MARKER_STYLES: Record<MarkerKind, { label: string; stroke: string; dash: string }> = {
  decision: { label: 'Latest decision date', stroke: '#7C2855', dash: '2 2' },
  notice: { label: 'Notice deadline', stroke: '#DA291C', dash: '6 3' },
  'hosting-end': { label: 'Current hosting ends', stroke: '#006747', dash: '8 3 2 3' },
  end: { label: 'Current contract ends', stroke: '#231F20', dash: '' },
};

export const BAR_KINDS: readonly BarKind[] = ['procurement', 'implementation', 'contract', 'hosting-transfer', 'dual-running'];
export const MARKER_KINDS: readonly MarkerKind[] = ['decision', 'notice', 'hosting-end', 'end'];

/**
 * Public API of the calculation engine: pure functions over the domain records, no I/O.
 */
export * from './appraise';
export * from './cost-spread';
export * from './discount';
export * from './feasibility';
export * from '../format';
export * from './key-dates';
export * from './lead-times';
export * from './npc';
export * from './risk-library';
export * from './risk-matrix';
export * from './scoring';
export * from './sensitivity';
export * from './shortlist';

/**
 * Public API of the calculation engine: pure functions over the domain records, no I/O.
 */
export * from './affordability';
export * from './appraise';
export * from './approval';
export * from './assumptions';
export * from './best-marks';
export * from './contributions';
export * from './cost-spread';
export * from './counterfactual';
export * from './deflator';
export * from './discount';
export * from './economics';
export * from './feasibility';
export * from './flows';
export * from './follow-on';
export * from './incremental';
export * from './key-dates';
export * from './lead-times';
export * from './period';
export * from './risk-library';
export * from './risk-matrix';
export * from './scoring';
export * from './sensitivity';
export * from './shortlist';
export * from './simulation';
export * from './spend';
export * from './warnings';
export * from './recommendation';
export * from './benefit-library';
export * from './weight-sensitivity';

export * from './enums';
export * from './contract';
export * from './appraisal';
export * from './settings';
export * from './legal-facts';

export * from './enums';
export * from './contract';
export * from './finance';
export * from './appraisal';
export * from './benefits';
export * from './settings';
export * from './legal-facts';

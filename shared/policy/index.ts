export * from './keys';
export * from './resolve';
export * from './settings';

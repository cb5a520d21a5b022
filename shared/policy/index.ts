export * from './keys';
export * from './resolve';

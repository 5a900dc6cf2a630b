export * from './constants';
export * from './views';
export * from './foundation-views';
export * from './speakers';
export * from './events';
export * from './draft-views';
export * from './draft-events';
export * from './live';

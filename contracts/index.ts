export * from './articles';
export * from './config';
export * from './plugin';

export * from './config';
export * from './articles';

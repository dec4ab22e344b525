export * from './articles';
export * from './comments';
export * from './config';
export * from './plugin';
export * from './schedules';
export * from './feeds';
export * from './previews';
export * from './search';

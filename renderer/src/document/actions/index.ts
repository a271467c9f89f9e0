export * from './result';
export * from './project';
export * from './maps';
export * from './stages';
export * from './lanes';
export * from './cards';
export * from './connectors';

export * from './conflict.types';
export * from './conflict-reasons';
export * from './conflict-index';
export * from './same-state-tracks';
